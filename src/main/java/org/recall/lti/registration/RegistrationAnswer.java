package org.recall.lti.registration;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.text.ParseException;
import java.util.Map;
import java.util.Optional;

/**
 * The platform's answer to the registration, Dynamic Registration 1.0 §3.6.3: the {@code client_id} it
 * gave Recall and, inside the tool configuration, the {@code deployment_id} it made (a platform may
 * leave the deployment to later, e.g. when the tool is installed in a course).
 */
public record RegistrationAnswer(String clientId, Optional<String> deploymentId) {

    public static RegistrationAnswer read(String json) throws RegistrationFailed {
        Map<String, Object> object;
        try {
            object = JSONObjectUtils.parse(json);
        } catch (ParseException e) {
            throw new RegistrationFailed(502, RegistrationFailed.BAD_ANSWER);
        }
        Object clientId = object.get("client_id");
        if (!(clientId instanceof String id) || id.isBlank() || id.length() > 255) {
            throw new RegistrationFailed(502, RegistrationFailed.BAD_ANSWER);
        }
        Optional<String> deployment = Optional.empty();
        if (object.get(ToolRegistration.TOOL_CONFIGURATION) instanceof Map<?, ?> lti
                && lti.get("deployment_id") != null) {
            String value = String.valueOf(lti.get("deployment_id"));
            if (!value.isBlank() && value.length() <= 255) {
                deployment = Optional.of(value);
            }
        }
        return new RegistrationAnswer(id, deployment);
    }
}
