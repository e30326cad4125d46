package org.recall.scorm;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The files a package's launch page needs, and no others: the stylesheets it links, the modules its
 * script imports (followed through every static {@code import} and {@code export ... from}), and the
 * UI bundles {@code i18n/*.json} that {@code i18n.js} fetches. So the teaching, settings, picker and admin
 * pages and their scripts stay out of the zip, and a new mode is in it as soon as the menu imports it.
 */
final class StudyUiFiles {

    private static final Pattern STYLESHEET = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\">");
    private static final Pattern SCRIPT = Pattern.compile("<script type=\"module\" src=\"([^\"]+)\"></script>");
    private static final Pattern IMPORT = Pattern.compile(
            "(?:\\bimport|\\bexport)\\s+(?:[^'\";]*?\\sfrom\\s+)?['\"](\\.{1,2}/[^'\"]+)['\"]");
    private static final String BUNDLES = "app/i18n/";

    private StudyUiFiles() {
    }

    /**
     * @param available every file that may go in, by its path in the zip ({@code app/...})
     * @param launch    the launch page's path ({@code app/scorm.html}) and markup
     */
    static Map<String, byte[]> needed(Map<String, byte[]> available, String launch, String launchMarkup) {
        var needed = new TreeMap<String, byte[]>();
        var modules = new ArrayDeque<String>();
        STYLESHEET.matcher(launchMarkup).results().forEach(m -> take(available, needed, resolve(launch, m.group(1))));
        SCRIPT.matcher(launchMarkup).results().forEach(m -> modules.add(resolve(launch, m.group(1))));
        while (!modules.isEmpty()) {
            String module = modules.pop();
            if (needed.containsKey(module)) {
                continue;
            }
            String source = new String(take(available, needed, module), java.nio.charset.StandardCharsets.UTF_8);
            IMPORT.matcher(source).results().forEach(m -> modules.add(resolve(module, m.group(1))));
        }
        available.keySet().stream().filter(path -> path.startsWith(BUNDLES) && path.endsWith(".json"))
                .forEach(path -> take(available, needed, path));
        return needed;
    }

    private static byte[] take(Map<String, byte[]> available, Map<String, byte[]> needed, String path) {
        byte[] bytes = available.get(path);
        if (bytes == null) {
            throw new IllegalStateException("the study UI needs " + path + ", which is not in the package's sources");
        }
        needed.put(path, bytes);
        return bytes;
    }

    /** {@code resolve("app/js/modes/menu.js", "../ui.js")} is {@code app/js/ui.js}. */
    static String resolve(String from, String relative) {
        var parts = new ArrayDeque<String>();
        String base = from.substring(0, from.lastIndexOf('/') + 1);
        for (String part : (base + relative).split("/")) {
            if (part.equals("..")) {
                parts.pollLast();
            } else if (!part.equals(".") && !part.isEmpty()) {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }
}
