package org.recall.quiz;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.recall.session.LaunchRecord;

/**
 * What the launch's AGS claim lets Recall do with scores (LTI AGS 2.0 §3.1): the line item (or the
 * container to find it in) and the granted scopes. Scores are sent only with the score scope.
 */
public record AgsGrant(String lineItemUrl, String lineItemsUrl, Set<String> scopes) {

    /** AGS 2.0 §3.1, the scope that allows posting scores. */
    public static final String SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";

    public AgsGrant {
        scopes = Set.copyOf(scopes);
    }

    /** The grant of a session's launch (as written by {@link LaunchRecord}); empty when scores cannot be sent. */
    public static Optional<AgsGrant> of(JsonObject launch) {
        JsonValue value = launch.get(LaunchRecord.AGS);
        if (!(value instanceof JsonObject ags)) {
            return Optional.empty();
        }
        var scopes = new LinkedHashSet<String>();
        if (ags.get("scopes") instanceof jakarta.json.JsonArray array) {
            array.stream().filter(JsonString.class::isInstance).map(s -> ((JsonString) s).getString()).forEach(scopes::add);
        }
        String lineItem = text(ags, "lineitem");
        String lineItems = text(ags, "lineitems");
        if (!scopes.contains(SCORE_SCOPE) || (lineItem == null && lineItems == null)) {
            return Optional.empty();
        }
        return Optional.of(new AgsGrant(lineItem, lineItems, scopes));
    }

    private static String text(JsonObject json, String name) {
        return json.get(name) instanceof JsonString s && !s.getString().isBlank() ? s.getString() : null;
    }
}
