package org.recall.lti.ags;

import java.util.Map;

/**
 * What the platform holds for one user in a line item (AGS 2.0 §3.3.5). Sample:
 * <pre>{@code
 * {"id": "https://lms.example/lineitems/9/results/5", "scoreOf": "https://lms.example/lineitems/9",
 *  "userId": "5", "resultScore": 8, "resultMaximum": 10, "comment": "8 of 10"}
 * }</pre>
 *
 * @param resultScore null when the platform holds no score for the user
 */
public record Result(String userId, Double resultScore, Double resultMaximum, String comment) {

    static Result fromJson(Map<String, Object> json) {
        return new Result(String.valueOf(json.get("userId")), number(json.get("resultScore")),
                number(json.get("resultMaximum")), json.get("comment") == null ? null : json.get("comment").toString());
    }

    private static Double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : null;
    }
}
