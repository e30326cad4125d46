package org.recall.deck;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The decks Recall serves: the built-in ones, loaded once at start, and the uploaded ones, versioned in
 * the database. A deck id names either a built-in deck or an uploaded one, never both: uploads cannot
 * take a built-in id. Uploaded versions never change; retiring a deck hides it from selection
 * ({@link #all()}, {@link #find(DeckId)}) while activities created with a version keep it
 * ({@link #find(DeckId, Integer)}).
 */
@ApplicationScoped
public class Decks {

    /** The deck a launch without a {@code deck} custom parameter uses. */
    public static final DeckId DEFAULT = new DeckId("mlops-vs-devops");

    /** Parsed versions kept in memory; a version is immutable, so the cache never goes stale. */
    private static final int CACHE_SIZE = 64;

    private final DeckCatalog builtIn = new DeckCatalog(Decks.class.getClassLoader());
    private final Map<String, Deck> parsed = new ConcurrentHashMap<>();
    private final Map<DeckId, String> owners = new ConcurrentHashMap<>();
    /** The catalog's summaries by {@code id@version}: versions never change, so neither do they (no parse per list). */
    private final Map<String, JsonObject> summaries = new ConcurrentHashMap<>();
    private static final int MAX_SUMMARIES = 50_000;

    /** Deck versions one platform's instructors may store (the administrator has no quota). */
    @Inject
    @ConfigProperty(name = "recall.deck-quota", defaultValue = "200")
    int quota = 200;
    private DeckVersions uploaded;

    public Decks() {
    }

    /** Outside a container (tests): built-in decks plus the uploaded ones in {@code dataSource}. */
    public Decks(DataSource dataSource) {
        init(dataSource);
    }

    @Inject
    void init(DataSource dataSource) {
        this.uploaded = new DeckVersions(dataSource);
    }

    /** The deck to use for a new activity: the built-in deck, or the latest active version of an uploaded one. */
    public Optional<Deck> find(DeckId id) {
        Optional<Deck> deck = builtIn.find(id);
        if (deck.isPresent()) {
            return deck;
        }
        return uploaded.latestActive(id).flatMap(version -> find(id, version));
    }

    /**
     * Who owns an uploaded deck ({@link DeckVersion#ADMIN} or {@link DeckVersion#platformOwner}): the owner of its
     * first version. Empty for a built-in deck and an id never uploaded.
     */
    public Optional<String> owner(DeckId id) {
        return builtIn.find(id).isPresent() ? Optional.empty() : uploaded.owner(id);
    }

    /** Finds a deck by the id a request or a launch named; empty when the text is no valid id or no deck. */
    public Optional<Deck> find(String id) {
        return id != null && DeckId.isValid(id) ? find(new DeckId(id)) : Optional.empty();
    }

    /**
     * The deck an activity serves: the built-in deck when {@code version} is null, else that version of
     * the uploaded deck, retired or not.
     */
    public Optional<Deck> find(DeckId id, Integer version) {
        if (version == null) {
            return builtIn.find(id);
        }
        String key = id.value() + "@" + version;
        Deck cached = parsed.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Deck> deck = uploaded.document(id, version)
                .map(document -> new DeckLoader().load(document, id + " version " + version));
        deck.ifPresent(d -> {
            if (parsed.size() >= CACHE_SIZE) {
                parsed.clear();
            }
            parsed.put(key, d);
        });
        return deck;
    }

    /** {@link #find(String)}, when {@code user} may use the deck ({@link DeckUser}); empty otherwise. */
    public Optional<Deck> find(String id, DeckUser user) {
        return find(id).filter(deck -> isBuiltIn(deck.id()) || user.mayUse(cachedOwner(deck.id())));
    }

    /** {@link #find(DeckId, Integer)}, when {@code user} may use the deck; empty otherwise. */
    public Optional<Deck> find(DeckId id, Integer version, DeckUser user) {
        return find(id, version).filter(deck -> version == null || user.mayUse(cachedOwner(id)));
    }

    /** The owner of an uploaded deck: its first version's, which never changes (so it is kept once read). */
    private String cachedOwner(DeckId id) {
        String known = owners.get(id);
        if (known != null) {
            return known;
        }
        String owner = uploaded.owner(id).orElse(null);
        if (owner != null) {
            owners.put(id, owner);
        }
        return owner;
    }

    /** The version a new activity of deck {@code id} records: empty for a built-in or unknown deck. */
    public Optional<Integer> currentVersion(String id) {
        if (id == null || !DeckId.isValid(id) || isBuiltIn(new DeckId(id))) {
            return Optional.empty();
        }
        return uploaded.latestActive(new DeckId(id));
    }

    public boolean isBuiltIn(DeckId id) {
        return builtIn.find(id).isPresent();
    }

    /** The decks an instructor can choose: every built-in deck, then the latest active version of each uploaded one. */
    public List<Deck> all() {
        return all(DeckUser.ADMIN);
    }

    /** {@link #all()}, of the decks {@code user} may use. */
    public List<Deck> all(DeckUser user) {
        List<Deck> decks = new ArrayList<>(builtIn.all());
        for (DeckVersion version : uploaded.latestActive()) {
            if (user.mayUse(version.owner())) {
                find(version.id(), version.version()).ifPresent(decks::add);
            }
        }
        return decks;
    }

    /**
     * {@link #all(DeckUser)} as the catalog lists it ({@link DeckJson#summary}), each version's summary computed
     * once: listing does not parse the decks again, however many there are.
     */
    public List<JsonObject> summaries(DeckUser user) {
        List<JsonObject> list = new ArrayList<>();
        for (Deck deck : builtIn.all()) {
            list.add(summaries.computeIfAbsent(deck.id().value(), key -> DeckJson.summary(deck).build()));
        }
        for (DeckVersion version : uploaded.latestActive()) {
            if (!user.mayUse(version.owner())) {
                continue;
            }
            String key = version.id().value() + "@" + version.version();
            JsonObject summary = summaries.get(key);
            if (summary == null) {
                summary = find(version.id(), version.version()).map(d -> DeckJson.summary(d).build()).orElse(null);
                if (summary != null && summaries.size() < MAX_SUMMARIES) {
                    summaries.put(key, summary);
                }
            }
            if (summary != null) {
                list.add(summary);
            }
        }
        return list;
    }

    /** Every version of every uploaded deck, by id then version. */
    public List<DeckVersion> versions() {
        return uploaded.all();
    }

    /** Every version of one uploaded deck, oldest first; empty for a built-in or unknown id. */
    public List<DeckVersion> versions(DeckId id) {
        return uploaded.of(id);
    }

    /** Whether {@code owner} may add versions to the uploaded deck {@code id} (false for built-in and unknown ids). */
    public boolean isOwnedBy(DeckId id, String owner) {
        return !isBuiltIn(id) && uploaded.owner(id).filter(owner::equals).isPresent();
    }

    /** An uploaded deck whose every version is retired (false for built-in and unknown ids). */
    public boolean isRetired(DeckId id) {
        return !isBuiltIn(id) && uploaded.exists(id) && uploaded.latestActive(id).isEmpty();
    }

    /**
     * Stores {@code deck} as the next version of its id.
     *
     * @param owner {@link DeckVersion#ADMIN}, or {@link DeckVersion#platformOwner} for an instructor's upload
     * @throws DeckRefused when the id is built in or belongs to another platform's instructors
     * @throws DeckFormatException when the deck, written as JSON, is larger than the format allows
     */
    public DeckVersion upload(Deck deck, String owner, String uploadedBy) {
        return upload(deck, owner, new DeckAuthor(uploadedBy, null,
                DeckVersion.ADMIN.equals(owner) ? null : Long.valueOf(owner.substring(owner.indexOf(':') + 1))));
    }

    /**
     * Stores {@code deck} as the next version of its id, by {@code author}, who becomes its owner when the id
     * is new.
     *
     * @throws DeckRefused when the id is built in or belongs to another platform's instructors
     * @throws DeckFormatException when the deck, written as JSON, is larger than the format allows
     */
    public DeckVersion upload(Deck deck, DeckAuthor author) {
        return upload(deck, author.owner(), author);
    }

    private DeckVersion upload(Deck deck, String owner, DeckAuthor author) {
        if (isBuiltIn(deck.id())) {
            throw new DeckRefused(DeckRefused.BUILT_IN);
        }
        Optional<String> existingOwner = uploaded.owner(deck.id());
        if (!DeckVersion.ADMIN.equals(owner) && existingOwner.isPresent() && !existingOwner.get().equals(owner)) {
            throw new DeckRefused(DeckRefused.OTHER_OWNER);
        }
        if (!DeckVersion.ADMIN.equals(owner) && uploaded.versionsOf(owner) >= quota) {
            throw new DeckRefused(DeckRefused.QUOTA);
        }
        String document = DeckDocument.of(deck);
        if (document.getBytes(StandardCharsets.UTF_8).length > DeckFormat.MAX_DOCUMENT_BYTES) {
            throw new DeckFormatException(List.of(new DeckError("upload", "$", DeckErrorReason.TOO_LARGE)));
        }
        String versionOwner = existingOwner.orElse(owner);
        return uploaded.add(deck, document, versionOwner, author)
                .or(() -> uploaded.add(deck, document, versionOwner, author))
                .orElseThrow(() -> new DeckRefused(DeckRefused.CONCURRENT));
    }

    /**
     * Retires every version of an uploaded deck: no longer offered for new activities, still served to
     * the activities that use it. Returns false when no deck was ever uploaded with this id.
     *
     * @throws DeckRefused for a built-in deck
     */
    public boolean retire(DeckId id) {
        if (isBuiltIn(id)) {
            throw new DeckRefused(DeckRefused.BUILT_IN_RETIRE);
        }
        if (!uploaded.exists(id)) {
            return false;
        }
        uploaded.retire(id);
        return true;
    }
}
