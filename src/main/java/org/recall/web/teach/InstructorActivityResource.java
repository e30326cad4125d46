package org.recall.web.teach;

import org.recall.web.JsonBody;
import org.recall.web.ClientError;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.recall.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.recall.activity.ActivitySettings;
import org.recall.activity.AttemptPolicy;
import org.recall.activity.ShowAnswers;
import org.recall.activity.StudyMode;
import org.recall.deck.DeckUser;
import org.recall.deck.Decks;
import org.recall.session.SessionToken;
import org.recall.session.StudySession;

/**
 * The settings of the launched resource link, for its instructors: {@code GET /api/instructor/activity}
 * and {@code PUT /api/instructor/activity} with
 * {@code {title, deck, modes[], points|null, attemptsAllowed|null, attemptPolicy, passPercent,
 * shuffleQuestions, showAnswers, sendProgress}}. Learners get 403.
 */
@Path("api/instructor/activity")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InstructorActivityResource {

    @Inject
    SessionToken sessions;

    @Inject
    Activities activities;

    @Inject
    Decks decks;

    @Inject
    LineItemMaximum lineItems;

    @GET
    public String get(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return json(activity(sessions.requireInstructor(authorization))).toString();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public String put(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        StudySession session = sessions.requireInstructor(authorization);
        Activity activity = activity(session);
        ActivitySettings settings = read(JsonBody.object(body), activity, DeckUser.platform(session.platformId()));
        Activity updated = activities.update(activity.id(), settings);
        JsonObject answer = json(updated);
        if (!java.util.Objects.equals(activity.points(), updated.points()) && updated.isGraded()) {
            answer = Json.createObjectBuilder(answer).add("lineItem", lineItems.updateMaximum(session, updated)).build();
        }
        return answer.toString();
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
        return new ActivitySettings(title, deck, modes, points, attempts, policy, pass, shuffle, show, progress);
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
                            "Unknown study mode: use review, quiz, explain, spaced or sheet.")));
        }
        return Optional.of(modes);
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
                .add("configured", a.configured());
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
