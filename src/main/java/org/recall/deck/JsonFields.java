package org.recall.deck;

import static org.recall.deck.DeckErrorReason.*;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The fields of one JSON object of a deck document, read with the checks of deck.schema.json.
 * Each getter returns {@code null} when the field is absent or breaks a rule; in the latter case
 * it has recorded the error, and a missing required field was recorded on construction.
 */
final class JsonFields {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final JsonObject object;
    private final String path;
    private final DeckErrorList errors;

    private JsonFields(JsonObject object, String path, DeckErrorList errors) {
        this.object = object;
        this.path = path;
        this.errors = errors;
    }

    /** Checks that {@code value} is an object with the fields {@code shape} requires and no others. */
    static Optional<JsonFields> of(JsonValue value, String path, DeckFormat.Shape shape, DeckErrorList errors) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            errors.add(path, NOT_OBJECT);
            return Optional.empty();
        }
        JsonFields fields = new JsonFields(value.asJsonObject(), path, errors);
        shape.required().stream().filter(name -> !fields.object.containsKey(name))
                .forEach(name -> errors.add(fields.path(name), REQUIRED));
        fields.object.keySet().stream().filter(name -> !shape.allows(name))
                .forEach(name -> errors.add(fields.path(name), UNKNOWN_FIELD));
        return Optional.of(fields);
    }

    String path(String name) {
        return member(path, name);
    }

    /** {@code $.cards[0].prompt}; names that are not plain identifiers in brackets: {@code $['a b']}. */
    static String member(String parentPath, String name) {
        return PLAIN_NAME.matcher(name).matches()
                ? parentPath + "." + name
                : parentPath + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    boolean isAbsentOrEmptyArray(String name) {
        JsonValue value = object.get(name);
        return value == null || value.getValueType() == JsonValue.ValueType.ARRAY && value.asJsonArray().isEmpty();
    }

    /** A non-blank string of at most {@code maxLength} characters (Unicode code points, as JSON Schema counts). */
    String text(String name, int maxLength) {
        return checkText(object.get(name), path(name), maxLength, errors);
    }

    static String checkText(JsonValue value, String path, int maxLength, DeckErrorList errors) {
        if (value == null) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            errors.add(path, NOT_STRING);
            return null;
        }
        String text = ((JsonString) value).getString();
        if (text.isBlank()) {
            errors.add(path, BLANK);
            return null;
        }
        if (text.codePointCount(0, text.length()) > maxLength) {
            errors.add(path, tooLong(maxLength));
            return null;
        }
        return text;
    }

    /** Any string: the type check only. */
    String string(String name) {
        JsonValue value = object.get(name);
        if (value == null) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            errors.add(path(name), NOT_STRING);
            return null;
        }
        return ((JsonString) value).getString();
    }

    /** A string that matches {@code pattern} in full. */
    String matching(String name, Pattern pattern, String reason) {
        String text = string(name);
        if (text != null && !pattern.matcher(text).matches()) {
            errors.add(path(name), reason);
            return null;
        }
        return text;
    }

    /** An integer in [min, max]; like JSON Schema's "integer", 5.0 counts as an integer. */
    Integer integer(String name, int min, int max) {
        JsonValue value = object.get(name);
        if (value == null) {
            return null;
        }
        BigDecimal number = value instanceof JsonNumber json ? json.bigDecimalValue() : null;
        if (number == null || number.stripTrailingZeros().scale() > 0) {
            errors.add(path(name), NOT_INTEGER);
            return null;
        }
        if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            errors.add(path(name), outOfRange(min, max));
            return null;
        }
        return number.intValueExact();
    }

    /** A JSON {@code true} or {@code false}. */
    Boolean bool(String name) {
        JsonValue value = object.get(name);
        if (value == null) {
            return null;
        }
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            errors.add(path(name), NOT_BOOLEAN);
            return null;
        }
        return value == JsonValue.TRUE;
    }

    /**
     * A number within +-{@link DeckFormat#MAX_NUMBER} with at most {@link DeckFormat#MAX_DECIMAL_PLACES}
     * decimal places, and not negative when {@code nonNegative}: bounds that keep decimal arithmetic cheap.
     */
    BigDecimal decimal(String name, boolean nonNegative) {
        JsonValue value = object.get(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonNumber json)) {
            errors.add(path(name), NOT_NUMBER);
            return null;
        }
        BigDecimal number = json.bigDecimalValue();
        // Compared by magnitude first (cheap even for 1e999999999); scale only after that.
        if (number.abs().compareTo(DeckFormat.MAX_NUMBER) > 0) {
            errors.add(path(name), NUMBER_TOO_LARGE);
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        if (stripped.scale() > DeckFormat.MAX_DECIMAL_PLACES) {
            errors.add(path(name), TOO_MANY_DECIMALS);
            return null;
        }
        if (nonNegative && number.signum() < 0) {
            errors.add(path(name), NEGATIVE);
            return null;
        }
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** An array of {@code min} to {@code max} items; the items themselves are the caller's to check. */
    JsonArray array(String name, int min, int max) {
        JsonValue value = object.get(name);
        if (value == null) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            errors.add(path(name), NOT_ARRAY);
            return null;
        }
        JsonArray array = value.asJsonArray();
        if (array.size() < min) {
            errors.add(path(name), tooFewItems(min));
        } else if (array.size() > max) {
            errors.add(path(name), tooManyItems(max));
        }
        return array;
    }
}
