package org.recall.scorm;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.recall.deck.Deck;
import org.recall.deck.DeckCatalog;
import org.recall.deck.DeckLoader;

/** Packages built from the source folders, the way the build does, read back entry by entry. */
final class PackageFixture {

    static final ScormPackage PACKAGES = new ScormPackage(PackageFiles.directory(Path.of("src/main/webapp/app")),
            PackageFiles.directory(Path.of("scorm-package")), PackageFiles.directory(Path.of("src/main/webapp/WEB-INF/pages")));

    private PackageFixture() {
    }

    static Deck seed() {
        return new DeckCatalog().find(new org.recall.deck.DeckId("mlops-vs-devops")).orElseThrow();
    }

    /** A deck whose title holds every character XML cares about. */
    static Deck hostileTitle() {
        return new DeckLoader().load("""
                {"id": "x-1", "title": "Tom & Jerry <script>alert('x')</script> \\"quoted\\" ]]>", "estimatedMinutes": 3,
                 "cards": [{"id": "c1", "prompt": "P", "answer": "A", "level": "beginner"}]}""", "test");
    }

    static byte[] zip(Deck deck, ScormVersion version) {
        var out = new ByteArrayOutputStream();
        try {
            PACKAGES.write(deck, version, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Entry name to bytes, in zip order. */
    static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
