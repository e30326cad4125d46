package org.recall.lti.launch;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import org.recall.lti.login.LoginState;
import org.recall.lti.login.LoginStateStore;

/**
 * Step 2: the {@code state} posted with the id_token is the one this browser holds (cookie or platform
 * storage) and one the tool issued and has not used yet (Security Framework §5.1.1.2 and §7.3.1 CSRF;
 * consuming the state makes the nonce single-use, §5.1.3 step 9). A platform-storage proof counts only for a
 * login that offered platform storage, and only with that login's own value.
 */
final class StateCheck {

    private final LoginStateStore states;

    StateCheck(LoginStateStore states) {
        this.states = states;
    }

    LoginState consume(String stateParam, BrowserBinding binding) throws LaunchException {
        if (stateParam == null || stateParam.isBlank()) {
            throw Refusal.of(LaunchError.STATE_MISSING, "no state parameter");
        }
        if (binding == null) {
            throw Refusal.of(LaunchError.STATE_NOT_BOUND, "browser returned no state (cookie or platform storage)");
        }
        if (binding.kind() == BrowserBinding.Kind.COOKIE && !constantTimeEquals(stateParam, binding.value())) {
            throw Refusal.of(LaunchError.STATE_MISMATCH, "state differs from the browser's");
        }
        LoginState login = states.consume(stateParam)
                .orElseThrow(() -> Refusal.of(LaunchError.LOGIN_EXPIRED, "state unknown, used or expired"));
        if (binding.kind() == BrowserBinding.Kind.PLATFORM_STORAGE
                && (login.storageProof() == null || !constantTimeEquals(login.storageProof(), binding.value()))) {
            throw Refusal.of(LaunchError.STORED_STATE_FORGED, login.storageProof() == null
                    ? "platform storage claimed, but the login offered none" : "not the value the login stored");
        }
        return login;
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
