package org.recall.web.lti;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.recall.activity.StudyMode;
import org.recall.deck.Deck;
import org.recall.deck.DeckUser;
import org.recall.deck.Decks;
import org.recall.lti.deeplinking.LineItem;
import org.recall.lti.deeplinking.ResourceLinkItem;
import org.recall.web.ClientError;
import org.recall.web.JsonBody;

/**
 * What an instructor chose in the deep linking picker: {@code {"deck", "modes": [...], "points": 100 | null,
 * "attempts": 2 | null, "title"}}. {@code points} null is ungraded practice; {@code attempts} null is
 * unlimited. Becomes one resource link whose custom parameters carry the choice (read back at the first
 * launch by {@code FirstLaunchSettings}), with a line item when graded.
 */
public record DeepLinkingChoice(String title, String deckId, Set<StudyMode> modes, Integer points, Integer attempts) {

    public static final String DECK = "deck";
    public static final String MODES = "modes";
    public static final String POINTS = "points";
    public static final String ATTEMPTS = "attempts";
    /** Custom parameter values for "no points" and "no limit" (custom parameters are strings). */
    public static final String UNGRADED = "none";
    public static final String UNLIMITED = "unlimited";
    public static final String LINE_ITEM_TAG = "recall-quiz";
    static final int MAX_POINTS = 1000;
    static final int MAX_ATTEMPTS = 100;
    static final int MAX_TITLE = 200;

    public DeepLinkingChoice {
        modes = Set.copyOf(modes);
    }

    public boolean graded() {
        return points != null;
    }

    /** @param user whose choice it is: only decks it may use can be chosen (built-in, shared, its platform's own) */
    public static DeepLinkingChoice read(JsonObject json, Decks decks, DeckUser user) {
        String deckId = JsonBody.text(json, DECK, 64)
                .orElseThrow(() -> ClientError.badRequest(DECK, "Choose a deck."));
        Deck deck = decks.find(deckId, user)
                .orElseThrow(() -> ClientError.badRequest(DECK, "There is no deck with this id."));
        Set<StudyMode> modes = modes(json);
        Integer points = JsonBody.integer(json, POINTS, 1, MAX_POINTS).orElse(null);
        if (points != null && !modes.contains(StudyMode.QUIZ) && !modes.contains(StudyMode.TEST)) {
            throw ClientError.badRequest(POINTS,
                    "Points are given for the quiz or the practice test: offer one of them, or choose no points.");
        }
        Integer attempts = JsonBody.integer(json, ATTEMPTS, 1, MAX_ATTEMPTS).orElse(null);
        String title = JsonBody.text(json, "title", MAX_TITLE).orElse(deck.title());
        return new DeepLinkingChoice(title, deck.id().value(), modes, points, attempts);
    }

    private static Set<StudyMode> modes(JsonObject json) {
        JsonValue value = json.get(MODES);
        if (!(value instanceof JsonArray array) || array.isEmpty()) {
            throw ClientError.badRequest(MODES, "Offer at least one study mode.");
        }
        Set<StudyMode> modes = EnumSet.noneOf(StudyMode.class);
        for (JsonValue item : array) {
            Optional<StudyMode> mode = item instanceof JsonString s ? StudyMode.fromCode(s.getString()) : Optional.empty();
            modes.add(mode.orElseThrow(() -> ClientError.badRequest(MODES,
                    "Unknown study mode: use " + StudyMode.CODES + ".")));
        }
        return modes;
    }

    /** The custom parameters the platform will send back at every launch of the link (LTI 1.3 Core §5.4.6). */
    public Map<String, String> custom() {
        Map<String, String> custom = new LinkedHashMap<>();
        custom.put(DECK, deckId);
        custom.put(MODES, StudyMode.toList(modes));
        custom.put(POINTS, points == null ? UNGRADED : points.toString());
        custom.put(ATTEMPTS, attempts == null ? UNLIMITED : attempts.toString());
        return custom;
    }

    public ResourceLinkItem toItem(URI launchUri) {
        Optional<LineItem> lineItem = graded()
                ? Optional.of(new LineItem(points, title, deckId, LINE_ITEM_TAG))
                : Optional.empty();
        return new ResourceLinkItem(title, launchUri, custom(), lineItem);
    }
}
