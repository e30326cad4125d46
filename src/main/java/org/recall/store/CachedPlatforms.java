package org.recall.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.recall.lti.Platform;
import org.recall.lti.PlatformRegistry;

/**
 * The platform registry that launches read, served from memory: every login and launch needs its
 * registration and deployments, which change a few times a year. A change made on this instance is seen
 * by its next request; a change made on another instance within {@link #CHECK_EVERY_NANOS} (one second),
 * because the registry's version row ({@link PlatformTable#version()}) is read at most once a second and
 * the whole registry reloaded when it moved. A removed platform therefore stops launching within a second
 * everywhere (its login states go with it at once, by the database's cascade).
 */
@ApplicationScoped
public class CachedPlatforms implements PlatformRegistry {

    static final long CHECK_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);

    /** The registry as loaded, with the version and local change count it was loaded at. */
    private record Snapshot(long version, long localChanges, long checkedAt, Map<Long, Platform> byId,
            Map<String, List<Platform>> byIssuer) {
    }

    @Inject
    PlatformTable table;

    private volatile Snapshot snapshot;
    private final AtomicBoolean checking = new AtomicBoolean();

    @Override
    public Optional<Platform> find(String issuer, String clientIdOrNull) {
        List<Platform> registrations = current().byIssuer().getOrDefault(issuer, List.of());
        if (clientIdOrNull == null) {
            return registrations.size() == 1 ? Optional.of(registrations.get(0)) : Optional.empty();
        }
        return registrations.stream().filter(p -> p.clientId().equals(clientIdOrNull)).findFirst();
    }

    @Override
    public Optional<Platform> byId(long id) {
        return Optional.ofNullable(current().byId().get(id));
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null || s.localChanges() != table.localChanges()) {
            return reload(-1);
        }
        if (System.nanoTime() - s.checkedAt() >= CHECK_EVERY_NANOS && checking.compareAndSet(false, true)) {
            try {
                long version = table.version();
                if (version != s.version()) {
                    return reload(version);
                }
                snapshot = new Snapshot(s.version(), s.localChanges(), System.nanoTime(), s.byId(), s.byIssuer());
            } finally {
                checking.set(false);
            }
        }
        return s;
    }

    /** Reads the version first: a change committed while the rows are read shows at the next check. */
    private synchronized Snapshot reload(long knownVersion) {
        long localChanges = table.localChanges();
        Snapshot current = snapshot;
        if (knownVersion < 0 && current != null && current.localChanges() == localChanges) {
            return current; // another thread reloaded while this one waited
        }
        long version = knownVersion >= 0 ? knownVersion : table.version();
        List<Platform> all = table.all();
        Snapshot s = new Snapshot(version, localChanges, System.nanoTime(),
                all.stream().collect(Collectors.toUnmodifiableMap(Platform::id, Function.identity())),
                all.stream().collect(Collectors.groupingBy(Platform::issuer, Collectors.toUnmodifiableList())));
        snapshot = s;
        return s;
    }
}
