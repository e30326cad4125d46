package org.recall.deck.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One question of a GIFT file: the lines between blank lines, its comments apart. Comments may carry
 * Moodle's {@code [id:…]} and {@code [tag:…]} (question/format/gift/format.php,
 * extract_idnumber_and_tags_from_comment) and Recall's own {@code hint:} and {@code concept:} lines for
 * explain prompts, which Moodle ignores.
 */
record GiftBlock(int line, String text, String comments) {

    private static final Pattern ID = Pattern.compile("\\[id:((?:\\\\]|[^\\]\\p{Cntrl}])+)]");
    private static final Pattern TAG = Pattern.compile("\\[tag:((?:\\\\]|[^\\]\\p{Cntrl}])+)]");
    private static final Pattern HINT = Pattern.compile("(?m)^\\s*hint:\\s*(.+)$");
    private static final Pattern CONCEPT = Pattern.compile("(?m)^\\s*concept:\\s*(.+)$");

    /** The blocks of a file: text without comment lines, starting at its first non-comment line. */
    static List<GiftBlock> split(String file) {
        List<GiftBlock> blocks = new ArrayList<>();
        String[] lines = file.split("\r\n|\r|\n", -1);
        StringBuilder text = new StringBuilder();
        StringBuilder comments = new StringBuilder();
        int start = 0;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            if (line.isBlank()) {
                if (!text.toString().isBlank()) {
                    blocks.add(new GiftBlock(start, text.toString().strip(), comments.toString()));
                }
                // As Moodle reads GIFT, a comment belongs to the question of its paragraph only.
                comments.setLength(0);
                text.setLength(0);
                continue;
            }
            if (line.strip().startsWith("//")) {
                comments.append(line.strip().substring(2)).append('\n');
                continue;
            }
            if (text.length() == 0) {
                start = i + 1;
            }
            text.append(line).append('\n');
        }
        return blocks;
    }

    String id() {
        Matcher m = ID.matcher(comments);
        return m.find() ? m.group(1).replace("\\]", "]").strip() : null;
    }

    List<String> tags() {
        List<String> tags = new ArrayList<>();
        Matcher m = TAG.matcher(comments);
        while (m.find()) {
            tags.add(m.group(1).replace("\\]", "]").strip());
        }
        return tags;
    }

    String hint() {
        Matcher m = HINT.matcher(comments);
        return m.find() ? GiftText.restore(GiftText.hide(m.group(1).strip())) : null;
    }

    List<String> concepts() {
        List<String> concepts = new ArrayList<>();
        Matcher m = CONCEPT.matcher(comments);
        while (m.find()) {
            concepts.add(GiftText.restore(GiftText.hide(m.group(1).strip())));
        }
        return concepts;
    }
}
