package org.recall.testplatform;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.recall.lti.Platform;
import org.recall.lti.PlatformRegistry;

/** Test double of the JDBC platform registry. */
public final class InMemoryPlatformRegistry implements PlatformRegistry {

    private final List<Platform> platforms = new CopyOnWriteArrayList<>();

    public InMemoryPlatformRegistry(Platform... platforms) {
        this.platforms.addAll(List.of(platforms));
    }

    public void add(Platform platform) {
        platforms.add(platform);
    }

    @Override
    public Optional<Platform> find(String issuer, String clientIdOrNull) {
        List<Platform> matches = platforms.stream()
                .filter(p -> p.issuer().equals(issuer))
                .filter(p -> clientIdOrNull == null || p.clientId().equals(clientIdOrNull))
                .toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    @Override
    public Optional<Platform> byId(long id) {
        return platforms.stream().filter(p -> Objects.equals(p.id(), id)).findFirst();
    }
}
