package org.recall.lti.deeplinking;

import java.util.List;
import org.recall.lti.claims.DeepLinkingSettingsClaim;

/**
 * What a deep linking request lets the tool send back, Deep Linking 2.0 §4.4.1: only item types in
 * {@code accept_types}, more than one item only with {@code accept_multiple}, and no line item where
 * {@code accept_lineitem} is false (such a platform would silently drop the gradebook column, so Recall
 * refuses rather than let the instructor believe the activity is graded; an absent flag makes no statement
 * and is read as true by {@link DeepLinkingSettingsClaim}).
 * {@code auto_create} refuses nothing: it only tells whether the platform creates the items without
 * asking the instructor again ({@link #createsWithoutConfirmation}).
 */
public final class AcceptRules {

    private AcceptRules() {
    }

    public static void check(DeepLinkingSettingsClaim settings, List<ResourceLinkItem> items) throws ContentItemsRefused {
        if (items.isEmpty()) {
            throw new ContentItemsRefused(ContentItemsRefused.NOTHING_CHOSEN);
        }
        if (!settings.acceptTypes().contains(ResourceLinkItem.TYPE)) {
            throw new ContentItemsRefused(ContentItemsRefused.TYPE_NOT_ACCEPTED);
        }
        if (items.size() > 1 && !settings.acceptMultiple()) {
            throw new ContentItemsRefused(ContentItemsRefused.MULTIPLE_NOT_ACCEPTED);
        }
        if (!settings.acceptLineItem() && items.stream().anyMatch(item -> item.lineItem().isPresent())) {
            throw new ContentItemsRefused(ContentItemsRefused.LINE_ITEM_NOT_ACCEPTED);
        }
    }

    /** §4.4.1 {@code auto_create}: true when the platform creates the items without a confirmation step. */
    public static boolean createsWithoutConfirmation(DeepLinkingSettingsClaim settings) {
        return settings.autoCreate();
    }
}
