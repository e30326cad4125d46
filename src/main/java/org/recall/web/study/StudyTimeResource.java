package org.recall.web.study;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.time.Clock;
import org.recall.activity.StudyMode;
import org.recall.json.Json;
import org.recall.study.StudyTimes;
import org.recall.web.JsonBody;

/**
 * {@code POST /api/study/time} {@code {mode, seconds (1..300), offset}}: time the student spent in a mode,
 * reported by the page while the mode is open and visible (the teaching view's time in each mode, and
 * the streak: a day with any time reported is a day studied).
 */
@Path("api/study/time")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StudyTimeResource {

    @Inject
    StudyVisits visits;

    @Inject
    StudyTimes times;

    @POST
    public String report(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, InputStream body) {
        JsonObject json = JsonBody.read(body);
        StudyMode mode = StudyVisits.mode(JsonBody.requiredText(json, "mode", 20));
        int seconds = JsonBody.integer(json, "seconds", 1, StudyTimes.MAX_SECONDS_PER_REPORT).orElseThrow(() ->
                org.recall.web.ClientError.badRequest("seconds", "Field 'seconds' is required: 1 to 300."));
        StudyDay day = StudyDay.of(JsonBody.integer(json, "offset", -840, 840).orElse(0), Clock.systemUTC());
        StudyVisit visit = visits.open(authorization, mode);
        times.add(visit.learner(), mode, day.today(), seconds);
        return Json.createObjectBuilder().add("recorded", seconds).build().toString();
    }
}
