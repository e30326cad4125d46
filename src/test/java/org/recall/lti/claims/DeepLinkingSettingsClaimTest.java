package org.recall.lti.claims;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeepLinkingSettingsClaimTest {

    private static Map<String, Object> settings() {
        var json = new HashMap<String, Object>();
        json.put("deep_link_return_url", "https://lms.example/return");
        json.put("accept_types", List.of("ltiResourceLink"));
        return json;
    }

    @Test
    void anAbsentAcceptLineItemMakesNoStatementAndLetsTheLineItemGo() {
        assertTrue(DeepLinkingSettingsClaim.from(settings()).orElseThrow().acceptLineItem());
    }

    @Test
    void anExplicitFalseRefusesLineItems() {
        var json = settings();
        json.put("accept_lineitem", false);
        assertFalse(DeepLinkingSettingsClaim.from(json).orElseThrow().acceptLineItem());
    }

    @Test
    void withoutAReturnUrlTheClaimIsUnusable() {
        var json = settings();
        json.remove("deep_link_return_url");
        assertTrue(DeepLinkingSettingsClaim.from(json).isEmpty());
    }
}
