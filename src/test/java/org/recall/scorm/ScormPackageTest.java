package org.recall.scorm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The layout of the zips: manifest and schemas at the root, the study UI as it is, the deck with its key. */
class ScormPackageTest {

    private static final Path UI = Path.of("src/main/webapp/app");

    @ParameterizedTest
    @EnumSource(ScormVersion.class)
    void manifestFirstThenSchemasAtTheRootThenTheSco(ScormVersion version) throws IOException {
        Map<String, byte[]> entries = PackageFixture.entries(PackageFixture.zip(PackageFixture.seed(), version));
        List<String> names = List.copyOf(entries.keySet());
        assertEquals(ScormPackage.MANIFEST, names.get(0));
        List<String> shipped;
        try (var files = Files.list(Path.of("scorm-package/schemas", version.folder()))) {
            shipped = files.map(file -> file.getFileName().toString()).sorted().toList();
        }
        assertEquals(shipped, names.subList(1, 1 + shipped.size()), "the schema files, at the root");
        assertTrue(names.subList(1 + shipped.size(), names.size()).stream().allMatch(name -> name.startsWith("app/")), names.toString());
        for (String launchFile : List.of(ScormPackage.LAUNCH, "app/js/runtime/scorm.js", "app/js/runtime/scorm-start.js",
                "app/js/runtime/resume-state.js", PackageDeck.PATH)) {
            assertTrue(entries.containsKey(launchFile), launchFile);
        }
        assertFalse(names.stream().anyMatch(name -> name.contains(".test.")), "no tests in the package");
    }

    @Test
    void theStudyUiGoesInUnchanged() throws IOException {
        Map<String, byte[]> entries = PackageFixture.entries(PackageFixture.zip(PackageFixture.seed(), ScormVersion.SCORM_12));
        try (var files = Files.walk(UI)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = "app/" + UI.relativize(file).toString().replace('\\', '/');
                assertArrayEquals(Files.readAllBytes(file), entries.get(name), name);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ScormVersion.class)
    void everyFileOfTheScoIsListedInTheManifest(ScormVersion version) {
        Map<String, byte[]> entries = PackageFixture.entries(PackageFixture.zip(PackageFixture.seed(), version));
        String manifest = new String(entries.get(ScormPackage.MANIFEST), StandardCharsets.UTF_8);
        var listed = Pattern.compile("<file href=\"([^\"]+)\"/>").matcher(manifest).results().map(m -> m.group(1)).toList();
        assertEquals(entries.keySet().stream().filter(name -> name.startsWith("app/")).toList(), listed);
        assertTrue(manifest.contains("href=\"" + ScormPackage.LAUNCH + "\""));
    }

    @ParameterizedTest
    @EnumSource(ScormVersion.class)
    void theDeckTravelsWithItsAnswerKeyAndSettings(ScormVersion version) {
        String deck = new String(PackageFixture.entries(PackageFixture.zip(PackageFixture.seed(), version))
                .get(PackageDeck.PATH), StandardCharsets.UTF_8);
        assertTrue(deck.contains("export default {\"scormVersion\":\"" + version.parameter() + "\""), deck);
        assertTrue(deck.contains("\"passPercent\":60"));
        assertTrue(deck.contains("\"correctOptionId\":\"c\""), "q2's answer key");
        assertTrue(deck.contains("\"suspendDataLimit\":" + version.suspendDataLimit()));
    }

    @Test
    void theSameSourcesGiveTheSameBytes() {
        assertArrayEquals(PackageFixture.zip(PackageFixture.seed(), ScormVersion.SCORM_2004),
                PackageFixture.zip(PackageFixture.seed(), ScormVersion.SCORM_2004));
    }

    /** The launch page is the study page with the SCORM bootstrap: the same shell, element by element. */
    @Test
    void theLaunchPageKeepsTheStudyPagesShell() throws IOException {
        String study = Files.readString(UI.resolve("study.html"));
        String scorm = Files.readString(Path.of("scorm-package/launch/scorm.html"));
        assertEquals(ids(study), ids(scorm));
        assertEquals(study.replace("js/study.js", "js/runtime/scorm-start.js"), scorm.replaceFirst("(?s)<!--.*?-->\n", ""));
    }

    private static String ids(String html) {
        return Pattern.compile("(?:id|data-i18n)=\"([^\"]+)\"").matcher(html).results().map(m -> m.group(1))
                .collect(Collectors.joining(","));
    }

    @Test
    void versionParameters() {
        assertEquals(ScormVersion.SCORM_12, ScormVersion.fromParameter("1.2").orElseThrow());
        assertEquals(ScormVersion.SCORM_2004, ScormVersion.fromParameter("2004").orElseThrow());
        assertTrue(ScormVersion.fromParameter("2004.4").isEmpty());
        assertTrue(ScormVersion.fromParameter(null).isEmpty());
        assertEquals("0.6", ScormManifest.scaled(60));
        assertEquals("1", ScormManifest.scaled(100));
        assertEquals("0.05", ScormManifest.scaled(5));
    }
}
