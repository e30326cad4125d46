package org.recall.quiz;

/**
 * Where the student's quiz score stands on its way to the platform's gradebook, as the study page
 * shows it: {@code none}, {@code pending}, {@code sent} or {@code failed}, with a sentence.
 */
public record GradebookStatus(String status, String message) {

    public static final GradebookStatus NOT_GRADED = new GradebookStatus("none", "This quiz is practice: no grade is recorded.");
    public static final GradebookStatus NO_GRADEBOOK = new GradebookStatus("none",
            "Your course platform did not ask Recall for grades from this activity.");
    public static final GradebookStatus NOTHING_YET = new GradebookStatus("none", "No score has been recorded yet.");
    public static final GradebookStatus PENDING = new GradebookStatus("pending",
            "Your score is saved and on its way to your course's gradebook.");
    public static final GradebookStatus SENT = new GradebookStatus("sent", "Your score is in your course's gradebook.");
    public static final GradebookStatus FAILED = new GradebookStatus("failed",
            "Your score is saved in Recall, but your course has not accepted it yet; your teacher can see why.");

    /** The status of the latest outbox row (grade package: PENDING until the worker sets DELIVERED or FAILED). */
    static GradebookStatus ofOutboxStatus(String outboxStatus) {
        return switch (outboxStatus) {
            case "DELIVERED" -> SENT;
            case "FAILED" -> FAILED;
            default -> PENDING;
        };
    }
}
