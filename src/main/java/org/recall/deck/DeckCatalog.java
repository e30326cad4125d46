package org.recall.deck;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in decks, listed in {@code decks/index.txt} on the classpath (one file name per
 * line; blank lines and lines starting with {@code #} are ignored) and loaded once, at
 * construction. A built-in deck that is missing or broken makes construction fail, so the
 * application never starts with a broken seed.
 */
public final class DeckCatalog {

    static final String DIRECTORY = "decks/";
    static final String INDEX = DIRECTORY + "index.txt";

    private final Map<DeckId, Deck> decks;
    private final List<Deck> order;

    /** The decks built into the application. */
    public DeckCatalog() {
        this(DeckCatalog.class.getClassLoader());
    }

    /**
     * @throws DeckFormatException if a listed deck breaks the format
     * @throws IllegalStateException if the index or a listed deck is missing, or two decks share an id
     */
    public DeckCatalog(ClassLoader classLoader) {
        DeckLoader loader = new DeckLoader();
        Map<DeckId, Deck> loaded = new LinkedHashMap<>();
        for (String fileName : index(classLoader)) {
            Deck deck = load(classLoader, loader, fileName);
            if (loaded.putIfAbsent(deck.id(), deck) != null) {
                throw new IllegalStateException("Built-in deck " + fileName + " repeats the id " + deck.id());
            }
        }
        this.decks = Map.copyOf(loaded);
        this.order = List.copyOf(loaded.values());
    }

    public Optional<Deck> find(DeckId id) {
        return Optional.ofNullable(decks.get(id));
    }

    /** Every built-in deck, in the order of the index. */
    public List<Deck> all() {
        return order;
    }

    private static List<String> index(ClassLoader classLoader) {
        try (InputStream in = open(classLoader, INDEX);
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return lines.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + INDEX, e);
        }
    }

    private static Deck load(ClassLoader classLoader, DeckLoader loader, String fileName) {
        try (InputStream in = open(classLoader, DIRECTORY + fileName)) {
            return loader.load(in, fileName);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read built-in deck " + fileName, e);
        }
    }

    private static InputStream open(ClassLoader classLoader, String resource) {
        InputStream in = classLoader.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing classpath resource " + resource);
        }
        return in;
    }
}
