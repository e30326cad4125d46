package org.recall.deck.formats;

import java.util.ArrayList;
import java.util.List;

/**
 * A Moodle question category path as a deck section: {@code $course$/top/Default for Physics/Forces}
 * becomes {@code Forces}. The context prefix ({@code $course$}, {@code $module$}, {@code $system$},
 * {@code $cat$}), the {@code top} category and Moodle's generated "Default for …" categories say where the
 * bank was, not what the questions are about. Slashes doubled in a name ({@code //}) are a slash.
 */
final class Sections {

    private Sections() {
    }

    /** The section, or null when nothing is left. */
    static String of(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.strip().replace("//", "\uE020").split("/")) {
            String name = part.replace('\uE020', '/').strip();
            if (name.isEmpty() || name.matches("\\$\\w+\\$") || name.equals("top") || name.startsWith("Default for ")) {
                continue;
            }
            parts.add(name);
        }
        return parts.isEmpty() ? null : String.join("/", parts);
    }
}
