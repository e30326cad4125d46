package org.recall.lti.deeplinking;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The gradebook column a resource link asks the platform to create, Deep Linking 2.0 §3.2 ({@code lineItem}).
 * Sample: {@code {"scoreMaximum": 100, "label": "Week 1 quiz", "resourceId": "mlops-vs-devops", "tag": "quiz"}}.
 */
public record LineItem(double scoreMaximum, String label, String resourceId, String tag) {

    public LineItem {
        if (!(scoreMaximum > 0)) {
            throw new IllegalArgumentException("scoreMaximum must be positive");
        }
        Objects.requireNonNull(label, "label");
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        // A whole number of points is sent as an integer (platforms show "100", not "100.0").
        json.put("scoreMaximum", scoreMaximum == Math.rint(scoreMaximum) ? (Object) (long) scoreMaximum : scoreMaximum);
        json.put("label", label);
        if (resourceId != null) {
            json.put("resourceId", resourceId);
        }
        if (tag != null) {
            json.put("tag", tag);
        }
        return json;
    }
}
