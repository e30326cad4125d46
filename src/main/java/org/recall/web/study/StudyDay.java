package org.recall.web.study;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.recall.web.ClientError;

/**
 * The student's own calendar, from the browser's {@code Date.getTimezoneOffset()} (minutes behind UTC:
 * -60 in Madrid in winter): which day it is for them, and when it ends. Streaks and "due today" count in
 * the student's days, not the server's.
 */
record StudyDay(ZoneOffset zone, Instant now) {

    static StudyDay of(Integer offsetMinutes, Clock clock) {
        int minutes = offsetMinutes == null ? 0 : offsetMinutes;
        if (minutes < -14 * 60 || minutes > 14 * 60) {
            throw ClientError.badRequest("offset", "The time zone offset must be from -840 to 840 minutes.");
        }
        return new StudyDay(ZoneOffset.ofTotalSeconds(-minutes * 60), clock.instant());
    }

    LocalDate today() {
        return LocalDate.ofInstant(now, zone);
    }

    Instant endOfToday() {
        return today().plusDays(1).atStartOfDay(zone).toInstant();
    }
}
