package org.recall.web.teach;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.recall.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.recall.activity.Activity;
import org.recall.grade.GradeWorker;
import org.recall.grade.PlatformProblems;
import org.recall.lti.ags.AgsException;
import org.recall.lti.ags.AgsScope;
import org.recall.session.LaunchRecord;
import org.recall.session.StudySession;
import org.recall.store.PlatformTable;
import org.recall.teach.TeachingStore;

/**
 * Keeps the gradebook column's {@code scoreMaximum} in step with the activity's points (LTI-NOTES: send
 * real points with the real maximum): when an instructor changes the points, the line item of the launch
 * (or the one Recall found or created for the activity) is updated through AGS 2.0 §3.2, with the
 * instructor launch's {@code lineitem} scope. Answers what happened, for the settings page to show.
 */
@ApplicationScoped
public class LineItemMaximum {

    private static final Logger LOG = Logger.getLogger(LineItemMaximum.class.getName());

    @Inject
    GradeWorker worker;

    @Inject
    PlatformTable platforms;

    @Inject
    TeachingStore store;

    public JsonObject updateMaximum(StudySession session, Activity activity) {
        JsonObject ags = session.launch().getJsonObject(LaunchRecord.AGS);
        var scopes = new LinkedHashSet<String>();
        if (ags != null && ags.get("scopes") instanceof jakarta.json.JsonArray array) {
            array.getValuesAs(JsonString.class).forEach(s -> scopes.add(s.getString()));
        }
        Optional<String> url = Optional.ofNullable(ags).filter(a -> a.get("lineitem") instanceof JsonString)
                .map(a -> a.getString("lineitem")).or(() -> store.storedLineItem(activity.id()));
        if (url.isEmpty()) {
            return status("none", "The gradebook column has not been created yet; it will get the new maximum when it is.");
        }
        if (!scopes.contains(AgsScope.LINEITEM)) {
            return status("none", "The platform did not let Recall change gradebook columns: change the column's maximum there.");
        }
        try {
            var platform = platforms.byId(session.platformId()).orElseThrow();
            worker.client().updateScoreMaximum(platform, scopes, URI.create(url.get()), activity.points());
            return status("updated", "The gradebook column now counts out of " + activity.points() + " points.");
        } catch (AgsException e) {
            worker.problems().report(session.platformId(), PlatformProblems.GRADES, e);
            return status("failed", "The gradebook column could not be updated (" + e.getMessage()
                    + "); change its maximum in the platform.");
        } catch (RuntimeException e) {
            LOG.warning(() -> "Line item maximum of activity " + activity.id() + " not updated: " + e.getClass().getSimpleName());
            return status("failed", "The gradebook column could not be updated; change its maximum in the platform.");
        }
    }

    private static JsonObject status(String status, String message) {
        return Json.createObjectBuilder().add("status", status).add("message", message).build();
    }
}
