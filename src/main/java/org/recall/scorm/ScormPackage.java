package org.recall.scorm;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.recall.activity.ActivitySettings;
import org.recall.deck.Deck;
import org.recall.page.PageShell;

/**
 * Writes the SCORM package of a deck for one SCORM version. Layout of the zip:
 * <pre>
 * imsmanifest.xml                 from scorm-package/manifest/imsmanifest-{scorm12|scorm2004}.xml
 * *.xsd, *.dtd                    scorm-package/schemas/{scorm12|scorm2004}/ (the files the manifest names)
 * app/scorm.html                  the launch page: the study page (WEB-INF/pages/study.html) in the one
 *                                 shell (PageShell), with the SCORM bootstrap as its script
 * app/css, app/i18n, app/js/...   the files of src/main/webapp/app/ the study UI needs ({@link StudyUiFiles}),
 *                                 unchanged: no teaching, settings, picker or admin page
 * app/js/runtime/scorm*.js, ...   the SCORM runtime, scorm-package/runtime/ (tests left out)
 * app/deck.js                     the deck with its answer key and the package's settings
 * </pre>
 * Entries are sorted and dated {@link #ENTRY_TIME}, so the same sources give the same bytes, whether
 * the build or the API writes the zip.
 */
public final class ScormPackage {

    public static final String MANIFEST = "imsmanifest.xml";
    public static final String LAUNCH = "app/scorm.html";
    static final FileTime ENTRY_TIME = FileTime.from(Instant.parse("2024-01-01T00:00:00Z"));

    /** The LTI study page's script, replaced in the launch page by the SCORM bootstrap. */
    static final String STUDY_SCRIPT = "js/study.js";
    static final String SCORM_SCRIPT = "js/runtime/scorm-start.js";

    private final PackageFiles ui;
    private final PackageFiles scormFiles;
    private final PackageFiles pages;

    /**
     * @param ui         the study UI: the contents of {@code src/main/webapp/app/}
     * @param scormFiles the contents of {@code scorm-package/}
     * @param pages      the pages and their shell: the contents of {@code src/main/webapp/WEB-INF/pages/}
     */
    public ScormPackage(PackageFiles ui, PackageFiles scormFiles, PackageFiles pages) {
        this.ui = ui;
        this.scormFiles = scormFiles;
        this.pages = pages;
    }

    /** The launch page: the study page in the shell, started by the SCORM bootstrap instead of the LTI one. */
    public String launchPage() throws IOException {
        String study = new String(pages.read("study.html"), StandardCharsets.UTF_8);
        String script = "src=\"" + STUDY_SCRIPT + "\"";
        if (!study.contains(script)) {
            throw new IOException("WEB-INF/pages/study.html does not load " + STUDY_SCRIPT);
        }
        return PageShell.fill(new String(pages.read("shell.html"), StandardCharsets.UTF_8),
                study.replace(script, "src=\"" + SCORM_SCRIPT + "\""));
    }

    /** {@code mlops-vs-devops-scorm12.zip} */
    public static String fileName(Deck deck, ScormVersion version) {
        return deck.id().value() + "-" + version.folder() + ".zip";
    }

    /** The pass mark of a package: Recall's default activity pass mark; none when the deck has no quiz. */
    public static OptionalInt passPercent(Deck deck) {
        return deck.questions().isEmpty() ? OptionalInt.empty() : OptionalInt.of(ActivitySettings.DEFAULT_PASS_PERCENT);
    }

    public void write(Deck deck, ScormVersion version, OutputStream out) throws IOException {
        TreeMap<String, byte[]> available = new TreeMap<>();
        for (String path : ui.list()) {
            available.put("app/" + path, ui.read(path));
        }
        List<String> scormPaths = scormFiles.list();
        for (String path : scormPaths) {
            if (path.startsWith("runtime/") && !path.contains(".test.")) {
                available.put("app/js/" + path, scormFiles.read(path));
            }
        }
        OptionalInt pass = passPercent(deck);
        available.put(PackageDeck.PATH, PackageDeck.module(deck, version, pass).getBytes(StandardCharsets.UTF_8));
        String launch = launchPage();
        Map<String, byte[]> sco = new TreeMap<>(StudyUiFiles.needed(available, LAUNCH, launch));
        sco.put(LAUNCH, launch.getBytes(StandardCharsets.UTF_8));

        TreeMap<String, byte[]> schemas = new TreeMap<>();
        String schemaFolder = "schemas/" + version.folder() + "/";
        for (String path : scormPaths) {
            if (path.startsWith(schemaFolder) && (path.endsWith(".xsd") || path.endsWith(".dtd"))) {
                schemas.put(path.substring(schemaFolder.length()), scormFiles.read(path));
            }
        }
        String template = new String(scormFiles.read("manifest/imsmanifest-" + version.folder() + ".xml"),
                StandardCharsets.UTF_8);
        String manifest = ScormManifest.fill(template, version, deck.id().value(), deck.title(), pass, LAUNCH,
                new ArrayList<>(sco.keySet()));

        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            put(zip, MANIFEST, manifest.getBytes(StandardCharsets.UTF_8));
            for (var entry : schemas.entrySet()) {
                put(zip, entry.getKey(), entry.getValue());
            }
            for (var entry : sco.entrySet()) {
                put(zip, entry.getKey(), entry.getValue());
            }
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }
}
