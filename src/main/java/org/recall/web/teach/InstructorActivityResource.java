package org.recall.web.teach;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recall.web.JsonBody;
import org.recall.web.AuditTrail;
import org.recall.web.ClientError;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.recall.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.recall.activity.Activities;
import org.recall.activity.Activity;
import org.recall.audit.AuditAction;
import org.recall.activity.ActivitySettings;
import org.recall.activity.AttemptPolicy;
import org.recall.activity.ModeSettings;
import org.recall.activity.ShowAnswers;
import org.recall.activity.StudyMode;
import org.recall.deck.DeckId;
import org.recall.deck.DeckUser;
import org.recall.deck.Decks;
import org.recall.session.SessionToken;
import org.recall.session.StudySession;
import org.recall.study.fsrs.Scheduler;

/**
 * The settings of the launched resource link, for its instructors: {@code GET /api/instructor/activity}
 * and {@code PUT /api/instructor/activity} with
 * {@code {title, deck, modes[], points|null, attemptsAllowed|null, attemptPolicy, passPercent,
 * shuffleQuestions, showAnswers, sendProgress, desiredRetention, gradedMode}}; both answer the activity's {@code deckVersion}, the deck's
 * {@code latestDeckVersion} and its {@code deckVersions} with who published each.
 * {@code POST /api/instructor/activity/latest-deck-version} is "Use the latest version". Learners get 403.
 */
@Tag(name = "instructor")
@SecurityRequirement(name = "studySession")
@Path("api/instructor/activity")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InstructorActivityResource {

    @Inject
    SessionToken sessions;

    @Inject
    Activities activities;

    @Inject
    AuditTrail audit;

    @Inject
    Decks decks;

    @Inject
    LineItemMaximum lineItems;

    @Operation(summary = "The launched activity's settings")
    @GET
    public String get(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        StudySession session = sessions.requireInstructor(authorization);
        return withVersions(json(activity(session)), session).toString();
    }

    /**
     * "Use the latest version": the activity moves to the latest active version of its uploaded deck; attempts
     * already made keep theirs. 409 for a built-in deck (it has no versions) or a retired one.
     */
    @POST
    @Path("latest-deck-version")
    public String useLatestVersion(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        StudySession session = sessions.requireInstructor(authorization);
        Activity updated = activities.useLatestVersion(activity(session).id()).orElseThrow(() -> new ClientError(409,
                "This deck has no version to move to: it is built in, or the administrator retired it."));
        return withVersions(json(updated), session).toString();
    }

    /** The activity's deck version, the latest one, and who published each version of the deck and when. */
    private JsonObject withVersions(JsonObject activity, StudySession session) {
        var json = Json.createObjectBuilder(activity);
        String deck = activity.getString("deck");
        Optional<Integer> latest = decks.currentVersion(deck);
        var versions = Json.createArrayBuilder();
        if (DeckId.isValid(deck)) {
            decks.versions(new DeckId(deck))
                    .forEach(v -> versions.add(DraftJson.version(v, session.platformId())));
        }
        json.add("latestDeckVersion", latest.map(v -> (JsonValue) Json.createValue(v)).orElse(JsonValue.NULL));
        return json.add("deckVersions", versions).build();
    }

    @Operation(summary = "Change the activity's settings (points update the gradebook column)")
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public String put(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        StudySession session = sessions.requireInstructor(authorization);
        Activity activity = activity(session);
        ActivitySettings settings = read(JsonBody.object(body), activity, DeckUser.platform(session.platformId()));
        Activity updated = activities.update(activity.id(), settings);
        JsonObject answer = json(updated);
        String changes = changes(json(activity), answer);
        if (!changes.isEmpty()) {
            audit.instructor(session, AuditAction.ACTIVITY_SETTINGS_CHANGED, "activity " + activity.id(), null, changes);
        }
        if (!java.util.Objects.equals(activity.points(), updated.points()) && updated.isGraded()) {
            answer = Json.createObjectBuilder(answer).add("lineItem", lineItems.updateMaximum(session, updated)).build();
        }
        return withVersions(answer, session).toString();
    }

    /** Each setting that changed, {@code points: 10 -> 20; title: "A" -> "B"}, for the audit log. */
    static String changes(JsonObject before, JsonObject after) {
        return after.keySet().stream().filter(key -> !java.util.Objects.equals(before.get(key), after.get(key)))
                .map(key -> key + ": " + before.get(key) + " -> " + after.get(key))
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private Activity activity(StudySession session) {
        if (session.resourceLinkId() == null) {
            throw new ClientError(409, "This launch has no resource link (it is a content selection): there are no "
                    + "activity settings to change here.");
        }
        return activities.forSession(session);
    }

    ActivitySettings read(JsonObject json, Activity current, DeckUser user) {
        String deck = JsonBody.text(json, "deck", 64).orElse(current.deckId());
        if (decks.find(deck, user).isEmpty()) {
            throw ClientError.badRequest("deck", "There is no deck with this id.");
        }
        Set<StudyMode> modes = modes(json).orElse(current.modes());
        Integer points = json.containsKey("points") ? JsonBody.integer(json, "points", 1, 1000).orElse(null) : current.points();
        Integer attempts = json.containsKey("attemptsAllowed")
                ? JsonBody.integer(json, "attemptsAllowed", 1, 100).orElse(null) : current.attemptsAllowed();
        String title = JsonBody.text(json, "title", 200).orElse(current.title());
        AttemptPolicy policy = choice(json, "attemptPolicy", AttemptPolicy.class).orElse(current.attemptPolicy());
        ShowAnswers show = choice(json, "showAnswers", ShowAnswers.class).orElse(current.showAnswers());
        int pass = JsonBody.integer(json, "passPercent", 0, 100).orElse(current.passPercent());
        boolean shuffle = JsonBody.flag(json, "shuffleQuestions").orElse(current.shuffleQuestions());
        boolean progress = JsonBody.flag(json, "sendProgress").orElse(current.sendProgress());
        return new ActivitySettings(title, deck, modes, points, attempts, policy, pass, shuffle, show, progress,
                modeSettings(json, current.modeSettings(), modes, points != null));
    }

    private static Optional<Set<StudyMode>> modes(JsonObject json) {
        JsonValue value = json.get("modes");
        if (value == null || value == JsonValue.NULL) {
            return Optional.empty();
        }
        if (!(value instanceof JsonArray array) || array.isEmpty()) {
            throw ClientError.badRequest("modes", "Offer at least one study mode.");
        }
        Set<StudyMode> modes = EnumSet.noneOf(StudyMode.class);
        for (JsonValue item : array) {
            modes.add((item instanceof JsonString s ? StudyMode.fromCode(s.getString()) : Optional.<StudyMode>empty())
                    .orElseThrow(() -> ClientError.badRequest("modes",
                            "Unknown study mode: use " + StudyMode.CODES + ".")));
        }
        return Optional.of(modes);
    }

    /**
     * {@code desiredRetention} (0.70..0.97) and {@code gradedMode} ("quiz" or "test"); the graded mode must be
     * one of the modes offered when the activity is graded, so that it always has a way to earn its score.
     */
    private static ModeSettings modeSettings(JsonObject json, ModeSettings current, Set<StudyMode> modes, boolean graded) {
        double retention = current.desiredRetention();
        if (json.containsKey("desiredRetention")) {
            if (!(json.get("desiredRetention") instanceof JsonNumber n) || !(n.doubleValue() >= Scheduler.MIN_RETENTION
                    && n.doubleValue() <= Scheduler.MAX_RETENTION)) {
                throw ClientError.badRequest("desiredRetention",
                        "Field 'desiredRetention' must be a number from 0.70 to 0.97 (e.g. 0.9 for 90 %).");
            }
            retention = Math.round(n.doubleValue() * 100) / 100.0;
        }
        StudyMode gradedMode = JsonBody.text(json, "gradedMode", 20).map(code -> StudyMode.fromCode(code)
                .filter(m -> m == StudyMode.QUIZ || m == StudyMode.TEST)
                .orElseThrow(() -> ClientError.badRequest("gradedMode", "Field 'gradedMode' must be \"quiz\" or \"test\".")))
                .orElse(current.gradedMode());
        if (graded && json.containsKey("gradedMode") && !modes.contains(gradedMode)) {
            throw ClientError.badRequest("gradedMode", "The graded mode must be one of the modes offered.");
        }
        return new ModeSettings(retention, gradedMode);
    }

    private static <E extends Enum<E>> Optional<E> choice(JsonObject json, String field, Class<E> type) {
        Optional<String> text = JsonBody.text(json, field, 40);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, text.get()));
        } catch (IllegalArgumentException e) {
            throw ClientError.badRequest(field, "Field '" + field + "' must be one of " + java.util.Arrays.toString(type.getEnumConstants()) + ".");
        }
    }

    public static JsonObject json(Activity a) {
        var modes = Json.createArrayBuilder();
        a.modes().stream().sorted().map(StudyMode::code).forEach(modes::add);
        var json = Json.createObjectBuilder()
                .add("id", a.id())
                .add("title", a.title() == null ? "" : a.title())
                .add("deck", a.deckId())
                .add("modes", modes)
                .add("attemptPolicy", a.attemptPolicy().name())
                .add("passPercent", a.passPercent())
                .add("shuffleQuestions", a.shuffleQuestions())
                .add("showAnswers", a.showAnswers().name())
                .add("sendProgress", a.sendProgress())
                .add("configured", a.configured())
                .add("desiredRetention", a.modeSettings().desiredRetention())
                .add("gradedMode", a.modeSettings().gradedMode().code())
                .add("deckVersion", a.deckVersion() == null ? JsonValue.NULL : Json.createValue(a.deckVersion()));
        if (a.points() == null) {
            json.addNull("points");
        } else {
            json.add("points", a.points());
        }
        if (a.attemptsAllowed() == null) {
            json.addNull("attemptsAllowed");
        } else {
            json.add("attemptsAllowed", a.attemptsAllowed());
        }
        return json.build();
    }
}
