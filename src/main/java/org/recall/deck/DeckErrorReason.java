package org.recall.deck;

/**
 * The reasons a {@link DeckError} can give. Fixed reasons are constants and parameterized ones
 * are built by the methods below, so that tests (and the docs) can quote them exactly.
 */
public final class DeckErrorReason {

    public static final String REQUIRED = "is required";
    public static final String UNKNOWN_FIELD = "is not a field of the deck format";
    public static final String NOT_STRING = "must be a string";
    public static final String NOT_INTEGER = "must be an integer";
    public static final String NOT_ARRAY = "must be an array";
    public static final String NOT_OBJECT = "must be an object";
    public static final String BLANK = "must not be blank";
    public static final String BAD_DECK_ID = "must be 3 to 64 lowercase letters, digits or hyphens";
    public static final String BAD_ITEM_ID = "must be 1 to 32 lowercase letters, digits or hyphens";
    public static final String BAD_LEVEL = "must be one of beginner, intermediate, advanced";
    public static final String BAD_LANGUAGE = "must be a BCP 47 language tag such as en or pt-BR";
    public static final String NO_ITEMS = "a deck needs at least one card or one question";
    public static final String NO_SUCH_OPTION = "names no option of this question";
    public static final String REPEATED_CONCEPT = "repeats an earlier key concept";
    public static final String BAD_QUESTION_TYPE =
            "must be one of single-choice, multiple-answer, true-false, short-answer, numeric, matching";
    public static final String BAD_TEXT_FORMAT = "must be plain or html";
    public static final String NOT_BOOLEAN = "must be true or false";
    public static final String NOT_NUMBER = "must be a number";
    public static final String REPEATED_OPTION = "names an option twice";
    public static final String REPEATED_ANSWER = "repeats an earlier answer";
    public static final String REPEATED_TAG = "repeats an earlier tag";
    public static final String DISTRACTOR_IS_ANSWER = "is the answer of a pair: a distractor must match no prompt";
    public static final String HTML_OUTSIDE_SUBSET = "uses HTML that Recall does not show (allowed: p, br, strong, b, em, "
            + "i, u, s, sub, sup, code, pre, blockquote, ul, ol, li, h3-h6, table, a with an http(s) or mailto link,"
            + " img with an http(s) src; no script, style, event handler or class), or is not well-formed";
    public static final String TOO_MANY_DECIMALS =
            "must have at most " + DeckFormat.MAX_DECIMAL_PLACES + " decimal places";
    public static final String NUMBER_TOO_LARGE = "must be between -1E+15 and 1E+15";
    public static final String NEGATIVE = "must not be negative";
    public static final String NOT_JSON = "is not well-formed JSON";
    public static final String REPEATED_KEY = "repeats a field name of its object";
    public static final String NOT_UTF8 = "is not UTF-8 text";
    public static final String TOO_LARGE =
            "is larger than the limit of 1 MiB (" + DeckFormat.MAX_DOCUMENT_BYTES + " bytes)";

    public static String tooLong(int maxLength) {
        return "must be at most " + maxLength + " characters";
    }

    public static String tooFewItems(int min) {
        return "must have at least " + min + " items";
    }

    public static String tooManyItems(int max) {
        return "must have at most " + max + " items";
    }

    public static String outOfRange(int min, int max) {
        return "must be between " + min + " and " + max;
    }

    public static String repeatedId(String firstPath) {
        return "repeats the id at " + firstPath;
    }

    public static String malformedJson(long line, long column) {
        return "is not well-formed JSON: error at line " + line + ", column " + column;
    }

    private DeckErrorReason() {
    }
}
