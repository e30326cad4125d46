package org.recall.web.study;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.Optional;
import org.recall.activity.StudyMode;
import org.recall.json.Json;
import org.recall.study.MatchTimes;
import org.recall.study.MatchTimes.MatchRecord;
import org.recall.web.ClientError;
import org.recall.web.JsonBody;

/**
 * Match: {@code GET /api/study/match} (the student's best and latest time) and
 * {@code POST /api/study/match/games} {@code {millis}} (a finished game, wrong-pair seconds included).
 */
@Path("api/study/match")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MatchResource {

    @Inject
    StudyVisits visits;

    @Inject
    MatchTimes times;

    @GET
    public String record(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return json(times.find(visits.open(authorization, StudyMode.MATCH).learner()), false);
    }

    @POST
    @Path("games")
    public String finish(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, InputStream body) {
        StudyVisit visit = visits.open(authorization, StudyMode.MATCH);
        int millis = JsonBody.integer(JsonBody.read(body), "millis", MatchTimes.MIN_MILLIS, MatchTimes.MAX_MILLIS)
                .orElseThrow(() -> ClientError.badRequest("millis", "Field 'millis' is required: the game's time in milliseconds."));
        Optional<MatchRecord> before = times.find(visit.learner());
        MatchRecord after = times.finish(visit.learner(), millis);
        return json(Optional.of(after), before.isEmpty() || millis < before.get().bestMillis());
    }

    /** {@code {bestMillis, lastMillis, games, newBest}}, the times null before a first game. */
    private static String json(Optional<MatchRecord> record, boolean newBest) {
        var json = Json.createObjectBuilder();
        if (record.isPresent()) {
            json.add("bestMillis", record.get().bestMillis()).add("lastMillis", record.get().lastMillis())
                    .add("games", record.get().games());
        } else {
            json.addNull("bestMillis").addNull("lastMillis").add("games", 0);
        }
        return json.add("newBest", newBest).build().toString();
    }
}
