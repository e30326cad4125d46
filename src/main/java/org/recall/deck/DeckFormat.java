package org.recall.deck;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The limits and object shapes of the deck format, shared by {@link DeckLoader} and the tests
 * that check them against deck.schema.json. Change a value here and in the schema together.
 */
public final class DeckFormat {

    /** Classpath location of the JSON Schema (draft 2020-12) describing the format. */
    public static final String SCHEMA_RESOURCE = "org/recall/deck/deck.schema.json";

    /** Uploads are read no further than this, so a huge upload cannot exhaust memory. */
    public static final int MAX_DOCUMENT_BYTES = 1024 * 1024;

    /** Titles, descriptions, prompts, hints and option texts. */
    public static final int MAX_TEXT_LENGTH = 2_000;
    /** Card answers and question explanations. */
    public static final int MAX_ANSWER_LENGTH = 4_000;
    /** Key concepts are short noun phrases, ticked off in a list. */
    public static final int MAX_CONCEPT_LENGTH = 200;

    public static final int MAX_CARDS = 500;
    public static final int MAX_QUESTIONS = 200;
    public static final int MAX_EXPLAIN_PROMPTS = 50;
    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 10;
    /** Short-answer accepted answers, matching pairs and distractors. */
    public static final int MAX_ACCEPTED_ANSWERS = 10;
    public static final int MIN_PAIRS = 2;
    public static final int MAX_PAIRS = 10;
    public static final int MAX_DISTRACTORS = 10;
    /** Accepted answers, matching answers and distractors are short: a word or a phrase. */
    public static final int MAX_SHORT_TEXT_LENGTH = 200;
    /** Numeric values and tolerances: at most 10^15 in size and 12 decimal places. */
    public static final java.math.BigDecimal MAX_NUMBER = new java.math.BigDecimal("1E+15");
    public static final int MAX_DECIMAL_PLACES = 12;
    public static final int MAX_TAGS = 10;
    /** Sections ("Algebra/Fractions", a Moodle category path) and tags. */
    public static final int MAX_LABEL_LENGTH = 200;
    public static final int MIN_KEY_CONCEPTS = 0;
    public static final int MAX_KEY_CONCEPTS = 6;
    public static final int MIN_MINUTES = 1;
    public static final int MAX_MINUTES = 600;

    /** Card, question, option and explain prompt ids. */
    public static final Pattern ITEM_ID = Pattern.compile("[a-z0-9-]{1,32}");

    /**
     * A simplified BCP 47 tag (RFC 5646 §2.1): a 2-3 letter primary language subtag followed by
     * up to 7 subtags of 1-8 letters or digits ("en", "pt-BR", "zh-Hant-TW"). Private-use and
     * grandfathered tags are not accepted.
     */
    public static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,7}");

    public static final String DEFAULT_LANGUAGE = "en";

    /** The fields an object of the format must have, and those it may have; no others. */
    record Shape(List<String> required, List<String> optional) {
        boolean allows(String field) {
            return required.contains(field) || optional.contains(field);
        }
    }

    static final Shape DECK = new Shape(
            List.of("id", "title", "estimatedMinutes"),
            List.of("description", "language", "textFormat", "cards", "questions", "explainPrompts"));
    static final Shape CARD = new Shape(List.of("id", "prompt", "answer", "level"), List.of("section", "tags"));

    /** Fields every question type may have besides its own; {@code type} is required but for single choice. */
    static final List<String> QUESTION_OPTIONAL = List.of("explanation", "section", "tags");

    static final Shape SINGLE_CHOICE = question(List.of("id", "prompt", "options", "correctOptionId"), "type");
    static final Shape MULTIPLE_ANSWER = question(List.of("id", "type", "prompt", "options", "correctOptionIds"));
    static final Shape TRUE_FALSE = question(List.of("id", "type", "prompt", "correct"));
    static final Shape SHORT_ANSWER = question(List.of("id", "type", "prompt", "acceptedAnswers"), "caseSensitive");
    static final Shape NUMERIC = question(List.of("id", "type", "prompt", "value"), "tolerance");
    static final Shape MATCHING = question(List.of("id", "type", "prompt", "pairs"), "distractors");

    static final java.util.Map<QuestionType, Shape> QUESTION_SHAPES = java.util.Map.of(
            QuestionType.SINGLE_CHOICE, SINGLE_CHOICE, QuestionType.MULTIPLE_ANSWER, MULTIPLE_ANSWER,
            QuestionType.TRUE_FALSE, TRUE_FALSE, QuestionType.SHORT_ANSWER, SHORT_ANSWER,
            QuestionType.NUMERIC, NUMERIC, QuestionType.MATCHING, MATCHING);

    static final Shape OPTION = new Shape(List.of("id", "text"), List.of());
    static final Shape PAIR = new Shape(List.of("id", "prompt", "answer"), List.of());
    static final Shape EXPLAIN_PROMPT = new Shape(List.of("id", "prompt", "keyConcepts"), List.of("hint"));

    private static Shape question(List<String> required, String... ownOptional) {
        var optional = new java.util.ArrayList<>(List.of(ownOptional));
        optional.addAll(QUESTION_OPTIONAL);
        return new Shape(required, List.copyOf(optional));
    }

    private DeckFormat() {
    }
}
