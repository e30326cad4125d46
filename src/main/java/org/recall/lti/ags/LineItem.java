package org.recall.lti.ags;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A gradebook column (AGS 2.0 §3.2.7-3.2.10). Sample:
 * <pre>{@code
 * {"id": "https://lms.example/lineitems/9", "scoreMaximum": 10, "label": "MLOps vs DevOps",
 *  "resourceId": "recall-activity-3", "tag": "recall-quiz", "resourceLinkId": "link-42"}
 * }</pre>
 *
 * @param id null for an item not yet created
 */
public record LineItem(URI id, String label, double scoreMaximum, String resourceId, String tag, String resourceLinkId) {

    public LineItem {
        Objects.requireNonNull(label, "label");
        if (!(scoreMaximum > 0)) {
            throw new IllegalArgumentException("scoreMaximum must be positive (AGS 2.0 §3.2.8)");
        }
    }

    /** Whether this item is the one for the resource link, resource id and tag (any that are given must match). */
    public boolean matches(String linkId, String resource, String tagValue) {
        if (linkId != null && linkId.equals(resourceLinkId)) {
            return true;
        }
        return resource != null && resource.equals(resourceId) && (tagValue == null || tagValue.equals(tag));
    }

    Map<String, Object> toJson() {
        var json = new LinkedHashMap<String, Object>();
        json.put("scoreMaximum", scoreMaximum);
        json.put("label", label);
        put(json, "resourceId", resourceId);
        put(json, "tag", tag);
        put(json, "resourceLinkId", resourceLinkId);
        return json;
    }

    /**
     * A line item as the platform sent it; empty when its {@code id} is not an absolute URL (it is called
     * later, so it must be one). A missing or non-positive {@code scoreMaximum} reads as 1.
     */
    static Optional<LineItem> fromJson(Map<String, Object> json) {
        Object max = json.get("scoreMaximum");
        URI id = null;
        if (json.get("id") != null) {
            id = org.recall.lti.http.AllowedOrigins.parse(json.get("id").toString()).filter(URI::isAbsolute).orElse(null);
            if (id == null) {
                return Optional.empty();
            }
        }
        return Optional.of(new LineItem(id, String.valueOf(json.getOrDefault("label", "")),
                max instanceof Number n && n.doubleValue() > 0 ? n.doubleValue() : 1,
                text(json, "resourceId"), text(json, "tag"), text(json, "resourceLinkId")));
    }

    private static String text(Map<String, Object> json, String name) {
        Object v = json.get(name);
        return v == null ? null : v.toString();
    }

    private static void put(Map<String, Object> json, String name, Object value) {
        if (value != null) {
            json.put(name, value);
        }
    }
}
