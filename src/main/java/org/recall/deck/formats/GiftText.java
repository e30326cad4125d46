package org.recall.deck.formats;

/**
 * GIFT's escapes (Moodle's {@code qformat_gift::escapedchar_pre}/{@code _post}): {@code \~ \= \# \{ \} \:}
 * stand for the character itself, {@code \n} for a line break, {@code \\} for a backslash. Before parsing
 * each escape becomes a private-use character that no GIFT syntax matches; after, it is put back.
 */
final class GiftText {

    private static final String SPECIAL = ":#={}~";
    private static final char BASE = '\uE000';
    private static final char BACKSLASH = '\uE010';
    private static final char NEWLINE = '\uE011';

    private GiftText() {
    }

    static String hide(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(i + 1);
                int special = SPECIAL.indexOf(next);
                if (special >= 0 || next == '\\' || next == 'n') {
                    out.append(special >= 0 ? (char) (BASE + special) : next == '\\' ? BACKSLASH : NEWLINE);
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    static String restore(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= BASE && c < BASE + SPECIAL.length()) {
                out.append(SPECIAL.charAt(c - BASE));
            } else if (c == BACKSLASH) {
                out.append('\\');
            } else if (c == NEWLINE) {
                out.append('\n');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A text written for GIFT (Moodle's {@code repchar}): the special characters escaped, line breaks as \n. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.replace("\r\n", "\n").toCharArray()) {
            if (c == '\\' || SPECIAL.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c != '\r') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
