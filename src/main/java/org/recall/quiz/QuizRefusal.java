package org.recall.quiz;

/** A quiz request Recall refuses, and changes nothing for. The web layer answers {@link Reason#status()}. */
public class QuizRefusal extends RuntimeException {

    /** Each refusal with its HTTP status (docs/study-api.md) and a sentence the student can act on. */
    public enum Reason {
        NO_SUCH_ATTEMPT(404, "There is no such quiz attempt."),
        NOT_YOURS(403, "This quiz attempt belongs to someone else."),
        CLOSED(409, "This attempt is already submitted; its answers can no longer change."),
        ALREADY_SUBMITTED(409, "This attempt was already submitted; its first result stands."),
        NO_ATTEMPTS_LEFT(409, "You have used all the attempts this quiz allows."),
        UNKNOWN_QUESTION(400, "There is no such question in this attempt."),
        UNKNOWN_OPTION(400, "There is no such option for this question."),
        NOT_OPTION_LIST(400, "Answer this question with the list of options you tick (it may be empty)."),
        NOT_TRUE_FALSE(400, "Answer this question with true or false."),
        BAD_TEXT(400, "Type an answer of at most " + AnswerReader.MAX_TYPED_LENGTH + " characters."),
        NOT_A_NUMBER(400, "Type a number, such as 9.81 or -3,5."),
        BAD_MATCH(400, "Match each prompt with one of the choices offered."),
        NO_SUCH_TEST(404, "There is no such practice test attempt."),
        NOT_YOUR_TEST(403, "This practice test attempt belongs to someone else."),
        TEST_CLOSED(409, "This practice test is already submitted; its answers can no longer change."),
        TEST_SUBMITTED(409, "This practice test was already submitted; its first result stands."),
        NO_TESTS_LEFT(409, "You have used all the attempts this practice test allows."),
        TIME_UP(409, "The time for this practice test is up: answers can no longer change. Submit it to see your result."),
        UNKNOWN_ITEM(400, "There is no such item in this practice test.");

        private final int status;
        private final String message;

        Reason(int status, String message) {
            this.status = status;
            this.message = message;
        }

        public int status() {
            return status;
        }

        public String message() {
            return message;
        }
    }

    private final Reason reason;
    private final String field;

    public QuizRefusal(Reason reason) {
        this(reason, null);
    }

    public QuizRefusal(Reason reason, String field) {
        super(reason.message());
        this.reason = reason;
        this.field = field;
    }

    public Reason reason() {
        return reason;
    }

    /** The input that was wrong, when one was (e.g. {@code answers.q1}). */
    public String field() {
        return field;
    }
}
