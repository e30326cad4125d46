package org.recall.web.study;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.recall.json.Json;
import org.recall.study.MatchTimes;
import org.recall.study.SpacedReview;
import org.recall.study.SpacedState;
import org.recall.study.StudyTimes;

/**
 * {@code GET /api/study/summary?offset=<minutes>}: the progress a student sees on the menu: cards due
 * today (in their time zone), cards known, their best Match time and their streak of days studied.
 */
@Path("api/study/summary")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SummaryResource {

    @Inject
    StudyVisits visits;

    @Inject
    SpacedReview spaced;

    @Inject
    StudyTimes times;

    @Inject
    MatchTimes matches;

    @GET
    public String summary(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @QueryParam("offset") Integer offset) {
        StudyVisit visit = visits.open(authorization);
        StudyDay day = StudyDay.of(offset, Clock.systemUTC());
        SpacedState state = spaced.state(visit.learner(), visit.retention(), visit.cardIds());
        JsonValue best = matches.find(visit.learner()).<JsonValue>map(r -> Json.createValue(r.bestMillis() / 1000.0))
                .orElse(JsonValue.NULL);
        return Json.createObjectBuilder()
                .add("dueToday", state.dueBefore(day.endOfToday()))
                .add("known", state.known())
                .add("total", state.cards().size())
                .add("bestMatchSeconds", best)
                .add("streakDays", times.streak(visit.learner(), day.today()))
                .build().toString();
    }
}
