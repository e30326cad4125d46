package org.recall.testplatform;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.recall.lti.login.LoginState;
import org.recall.lti.login.LoginStateStore;

/** Test double of the JDBC login state store: atomic consume, expiry by the given clock. */
public final class InMemoryLoginStateStore implements LoginStateStore {

    private final Map<String, LoginState> states = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemoryLoginStateStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void save(LoginState loginState) {
        states.put(loginState.state(), loginState);
    }

    @Override
    public Optional<LoginState> consume(String state) {
        return Optional.ofNullable(states.remove(state)).filter(s -> !s.isExpiredAt(clock.instant()));
    }

    public int size() {
        return states.size();
    }
}
