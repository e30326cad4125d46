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
import org.junit.jupiter.api.Test;
import org.recall.page.PageShell;
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
    void theStudyUiFilesGoInUnchanged() throws IOException {
        Map<String, byte[]> entries = PackageFixture.entries(PackageFixture.zip(PackageFixture.seed(), ScormVersion.SCORM_12));
        for (String name : entries.keySet()) {
            Path runtime = Path.of("scorm-package/runtime", name.substring(name.lastIndexOf('/') + 1));
            Path source = name.startsWith("app/js/runtime/") && Files.exists(runtime) ? runtime
                    : name.startsWith("app/") ? UI.resolve(name.substring(4)) : null;
            if (source != null && !name.equals(ScormPackage.LAUNCH) && !name.equals(PackageDeck.PATH)) {
                assertArrayEquals(Files.readAllBytes(source), entries.get(name), name);
            }
        }
    }

    /** The study UI and nothing else: no teaching, settings, picker or admin page, no LTI runtime. */
    @ParameterizedTest
    @EnumSource(ScormVersion.class)
    void aPackageHoldsOnlyWhatTheStudyUiNeeds(ScormVersion version) {
        Map<String, byte[]> entries = PackageFixture.entries(PackageFixture.zip(PackageFixture.seed(), version));
        List<String> sco = entries.keySet().stream().filter(name -> name.startsWith("app/")).toList();
        assertEquals(List.of(
                "app/css/recall.css", "app/css/study.css", "app/deck.js", "app/i18n/en.json", "app/i18n/es.json",
                "app/js/dom.js", "app/js/frame-resize.js", "app/js/html-text.js", "app/js/i18n.js",
                "app/js/modes/answer-compare.js", "app/js/modes/explain.js", "app/js/modes/match.js",
                "app/js/modes/menu.js", "app/js/modes/question-inputs.js", "app/js/modes/quiz-result.js",
                "app/js/modes/quiz.js", "app/js/modes/review.js", "app/js/modes/sheet.js",
                "app/js/modes/spaced.js", "app/js/modes/test.js", "app/js/modes/truefalse.js", "app/js/modes/write.js",
                "app/js/runtime/grading.js", "app/js/runtime/interactions.js", "app/js/runtime/practice-test.js",
                "app/js/runtime/resume-state.js", "app/js/runtime/runtime.js", "app/js/runtime/scorm-start.js",
                "app/js/runtime/scorm.js", "app/js/runtime/true-false.js", "app/js/session-token.js", "app/js/study-page.js", "app/js/study-time.js",
                "app/js/ui.js", "app/scorm.html"), sco);
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

    /** The launch page is the study page in the one shell, with the SCORM bootstrap as its script. */
    @Test
    void theLaunchPageIsTheStudyPageInTheSharedShell() throws IOException {
        Path pages = Path.of("src/main/webapp/WEB-INF/pages");
        String launch = new String(PackageFixture.entries(PackageFixture.zip(PackageFixture.seed(), ScormVersion.SCORM_2004))
                .get(ScormPackage.LAUNCH), StandardCharsets.UTF_8);
        String study = PageShell.fill(Files.readString(pages.resolve("shell.html")), Files.readString(pages.resolve("study.html")));
        assertEquals(study.replace("src=\"js/study.js\"", "src=\"js/runtime/scorm-start.js\""), launch);
        for (String part : List.of("<meta charset=\"utf-8\">", "class=\"skip-link\" href=\"#main\"", "<main id=\"main\"",
                "id=\"announcer\"", "<link rel=\"stylesheet\" href=\"css/study.css\">")) {
            assertTrue(launch.contains(part), part);
        }
        assertEquals(1, Pattern.compile("<script").matcher(launch).results().count(), "one module, no inline script");
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
