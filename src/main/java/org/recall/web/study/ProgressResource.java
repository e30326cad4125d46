package org.recall.web.study;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recall.web.JsonBody;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.recall.activity.StudyMode;
import org.recall.study.ResumeStates;
import org.recall.web.ClientError;

/** {@code GET} and {@code PUT /api/study/progress/{mode}}: the page's own resume state, per learner and mode. */
@Tag(name = "study")
@SecurityRequirement(name = "studySession")
@Path("api/study/progress/{mode}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProgressResource {

    @Inject
    StudyVisits visits;

    @Inject
    ResumeStates states;

    @Operation(summary = "A study mode's resume state")
    @GET
    public String get(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("mode") String code) {
        StudyMode mode = StudyVisits.mode(code);
        StudyVisit visit = visits.open(authorization, mode);
        return states.find(visit.learner(), mode).orElse("{}");
    }

    @Operation(summary = "Save a study mode's resume state")
    @PUT
    public String put(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("mode") String code,
            InputStream body) {
        StudyMode mode = StudyVisits.mode(code);
        StudyVisit visit = visits.open(authorization, mode);
        // Stored as re-serialized by the parser, so what comes back out is always one valid JSON object.
        String state = JsonBody.read(body).toString();
        if (state.length() > ResumeStates.MAX_LENGTH) {
            throw new ClientError(413, "The resume state is larger than 8 KiB.");
        }
        states.store(visit.learner(), mode, state);
        return state;
    }
}
