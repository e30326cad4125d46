package org.recall.activity;

/**
 * A session that has no activity of its own to open, with the HTTP status the web layer answers and a
 * sentence the user can act on.
 */
public class ActivityRefused extends RuntimeException {

    public static final String NO_RESOURCE_LINK = "This launch has no resource link (it is a content selection): "
            + "it opens no activity. Open the activity from your course.";
    public static final String OTHER_COURSE = "This activity belongs to another course of your platform (the platform "
            + "sent a resource link id that is already used in another course). Ask your administrator to check the "
            + "activity's link.";

    private final int status;

    public ActivityRefused(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
