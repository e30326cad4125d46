package org.recall.quiz;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.recall.deck.DeckFormat;
import org.recall.deck.Matching;
import org.recall.deck.MatchPair;
import org.recall.deck.MultipleAnswer;
import org.recall.deck.Numeric;
import org.recall.deck.Option;
import org.recall.deck.Question;
import org.recall.deck.ShortAnswer;
import org.recall.deck.SingleChoice;
import org.recall.deck.TrueFalse;
import org.recall.json.Json;

/**
 * Reads the JSON answer a student sent for a question, by the question's type: an option id (single
 * choice), an array of option ids (multiple answer), {@code true}/{@code false}, a text (short answer), a
 * number or a numeric text such as {@code "3,5"} (numeric), an object of pair id to chosen text (matching).
 * Anything else is refused with a {@link QuizRefusal} naming {@code field}; nothing is stored then.
 */
public final class AnswerReader {

    /** What a student may type in a short answer; longer input is refused, not cut. */
    public static final int MAX_TYPED_LENGTH = 500;

    /** A plain decimal as typed, point or comma, an exponent of at most three digits ("1.5e-3"). */
    private static final Pattern TYPED_NUMBER =
            Pattern.compile("[+-]?(\\d{1,20}([.,]\\d{0,20})?|[.,]\\d{1,20})([eE][+-]?\\d{1,3})?");

    private AnswerReader() {
    }

    public static Answer read(Question question, JsonValue json, String field) {
        if (question instanceof SingleChoice q) {
            String id = json instanceof JsonString s ? s.getString() : null;
            if (id == null || q.options().stream().map(Option::id).noneMatch(id::equals)) {
                throw refuse(QuizRefusal.Reason.UNKNOWN_OPTION, field);
            }
            return new Answer.Choice(id);
        }
        if (question instanceof MultipleAnswer q) {
            if (json.getValueType() != JsonValue.ValueType.ARRAY) {
                throw refuse(QuizRefusal.Reason.NOT_OPTION_LIST, field);
            }
            Set<String> ticked = new LinkedHashSet<>();
            for (JsonValue item : json.asJsonArray()) {
                String id = item instanceof JsonString s ? s.getString() : null;
                if (id == null || q.options().stream().map(Option::id).noneMatch(id::equals) || !ticked.add(id)) {
                    throw refuse(QuizRefusal.Reason.UNKNOWN_OPTION, field);
                }
            }
            return new Answer.Choices(q.options().stream().map(Option::id).filter(ticked::contains).toList());
        }
        if (question instanceof TrueFalse) {
            if (json != JsonValue.TRUE && json != JsonValue.FALSE) {
                throw refuse(QuizRefusal.Reason.NOT_TRUE_FALSE, field);
            }
            return new Answer.Truth(json == JsonValue.TRUE);
        }
        if (question instanceof ShortAnswer) {
            String text = json instanceof JsonString s ? s.getString() : null;
            if (text == null || text.isBlank() || text.codePointCount(0, text.length()) > MAX_TYPED_LENGTH) {
                throw refuse(QuizRefusal.Reason.BAD_TEXT, field);
            }
            return new Answer.Text(text);
        }
        if (question instanceof Numeric) {
            return new Answer.Number(number(json, field));
        }
        return matches((Matching) question, json, field);
    }

    /** A stored answer (written by {@link Answer#json()}, checked then); null when it no longer fits. */
    public static Answer stored(Question question, String json) {
        try {
            return read(question, Json.createReader(new StringReader(json)).readValue(), "stored");
        } catch (QuizRefusal | jakarta.json.JsonException e) {
            return null;
        }
    }

    private static BigDecimal number(JsonValue json, String field) {
        BigDecimal value;
        if (json instanceof JsonNumber n) {
            value = n.bigDecimalValue();
        } else if (json instanceof JsonString s && TYPED_NUMBER.matcher(s.getString().strip()).matches()) {
            value = new BigDecimal(s.getString().strip().replace(',', '.'));
        } else {
            throw refuse(QuizRefusal.Reason.NOT_A_NUMBER, field);
        }
        // Bounds of the deck format, so that comparing with the key stays cheap whatever was typed.
        if (value.abs().compareTo(DeckFormat.MAX_NUMBER) > 0 || value.stripTrailingZeros().scale() > 40) {
            throw refuse(QuizRefusal.Reason.NOT_A_NUMBER, field);
        }
        return value;
    }

    private static Answer matches(Matching question, JsonValue json, String field) {
        if (!(json instanceof JsonObject object)) {
            throw refuse(QuizRefusal.Reason.BAD_MATCH, field);
        }
        var choices = question.choices();
        var byPair = new LinkedHashMap<String, String>();
        for (MatchPair pair : question.pairs()) {
            JsonValue chosen = object.get(pair.id());
            if (chosen == null || chosen == JsonValue.NULL) {
                continue;
            }
            if (!(chosen instanceof JsonString text) || !choices.contains(text.getString())) {
                throw refuse(QuizRefusal.Reason.BAD_MATCH, field + "." + pair.id());
            }
            byPair.put(pair.id(), text.getString());
        }
        if (object.keySet().stream().anyMatch(id -> question.pairs().stream().noneMatch(p -> p.id().equals(id)))) {
            throw refuse(QuizRefusal.Reason.BAD_MATCH, field);
        }
        return new Answer.Matches(byPair);
    }

    private static QuizRefusal refuse(QuizRefusal.Reason reason, String field) {
        return new QuizRefusal(reason, field);
    }
}
