package org.recall.lti.deeplinking;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recall.lti.claims.DeepLinkingSettingsClaim;

class AcceptRulesTest {

    private static final ResourceLinkItem GRADED = new ResourceLinkItem("Quiz", null, Map.of("deck", "d"),
            Optional.of(new LineItem(100, "Quiz", "d", "recall-quiz")));
    private static final ResourceLinkItem UNGRADED = new ResourceLinkItem("Practice", null, Map.of("deck", "d"), Optional.empty());

    private static DeepLinkingSettingsClaim settings(List<String> types, boolean multiple, boolean autoCreate, boolean lineItem) {
        return new DeepLinkingSettingsClaim(URI.create("https://lms.example.edu/return"), types, multiple, autoCreate,
                lineItem, Optional.empty());
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("no resource links accepted", settings(List.of("link", "file"), true, false, true),
                        List.of(UNGRADED), ContentItemsRefused.TYPE_NOT_ACCEPTED),
                Arguments.of("line item where accept_lineitem is false", settings(List.of("ltiResourceLink"), true, false, false),
                        List.of(GRADED), ContentItemsRefused.LINE_ITEM_NOT_ACCEPTED),
                Arguments.of("two items where accept_multiple is false", settings(List.of("ltiResourceLink"), false, false, true),
                        List.of(UNGRADED, GRADED), ContentItemsRefused.MULTIPLE_NOT_ACCEPTED),
                Arguments.of("nothing chosen", settings(List.of("ltiResourceLink"), true, false, true),
                        List.of(), ContentItemsRefused.NOTHING_CHOSEN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void refused(String name, DeepLinkingSettingsClaim settings, List<ResourceLinkItem> items, String message) {
        var refusal = assertThrows(ContentItemsRefused.class, () -> AcceptRules.check(settings, items));
        assertEquals(message, refusal.getMessage());
    }

    @Test
    void acceptsAnUngradedLinkWhereLineItemsAreNotAccepted() {
        assertDoesNotThrow(() -> AcceptRules.check(settings(List.of("ltiResourceLink"), false, false, false), List.of(UNGRADED)));
    }

    @Test
    void acceptsOneGradedLinkWhereEverythingIsAccepted() {
        assertDoesNotThrow(() -> AcceptRules.check(settings(List.of("link", "ltiResourceLink"), false, true, true), List.of(GRADED)));
    }

    @Test
    void autoCreateOnlyInforms() {
        assertTrue(AcceptRules.createsWithoutConfirmation(settings(List.of("ltiResourceLink"), false, true, true)));
        assertFalse(AcceptRules.createsWithoutConfirmation(settings(List.of("ltiResourceLink"), false, false, true)));
    }
}
