package org.recall.lti.deeplinking;

/**
 * The platform's deep linking request does not allow what was chosen (Deep Linking 2.0 §4.4.1); the
 * message says so in words an instructor can act on, and nothing is sent to the platform.
 */
public final class ContentItemsRefused extends Exception {

    public static final String TYPE_NOT_ACCEPTED =
            "Your course platform does not accept Recall activities (LTI resource links) from this place. "
            + "Add Recall from the activity chooser or the assignment page instead.";
    public static final String MULTIPLE_NOT_ACCEPTED =
            "Your course platform accepts only one item from this place: choose one.";
    public static final String LINE_ITEM_NOT_ACCEPTED =
            "Your course platform cannot create a gradebook column from this place. "
            + "Choose \"No points (ungraded practice)\", or add the activity from the assignment page.";
    public static final String NOTHING_CHOSEN = "Choose at least one item.";

    public ContentItemsRefused(String message) {
        super(message);
    }
}
