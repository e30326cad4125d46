package org.recall.lti.deeplinking;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An {@code ltiResourceLink} content item, Deep Linking 2.0 §3.2: a link the platform creates and later
 * launches with the {@code custom} parameters given here (LTI 1.3 Core §5.4.6), optionally with a line item.
 * Sample:
 * <pre>{@code
 * {"type": "ltiResourceLink", "title": "Week 1 quiz", "url": "https://recall.example.edu/lti/launch",
 *  "custom": {"deck": "mlops-vs-devops", "modes": "quiz,review", "points": "100", "attempts": "2"},
 *  "lineItem": {"scoreMaximum": 100, "label": "Week 1 quiz", "resourceId": "mlops-vs-devops", "tag": "quiz"}}
 * }</pre>
 */
public record ResourceLinkItem(String title, URI url, Map<String, String> custom, Optional<LineItem> lineItem) {

    public static final String TYPE = "ltiResourceLink";

    public ResourceLinkItem {
        Objects.requireNonNull(title, "title");
        custom = Map.copyOf(custom);
        Objects.requireNonNull(lineItem, "lineItem");
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", TYPE);
        json.put("title", title);
        if (url != null) {
            json.put("url", url.toString());
        }
        if (!custom.isEmpty()) {
            json.put("custom", new LinkedHashMap<>(new java.util.TreeMap<>(custom)));
        }
        lineItem.ifPresent(item -> json.put("lineItem", item.toJson()));
        return json;
    }
}
