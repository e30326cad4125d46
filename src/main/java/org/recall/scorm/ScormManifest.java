package org.recall.scorm;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Fills a manifest template of {@code scorm-package/manifest/} for one deck. Every value is
 * XML-escaped here, so a deck title holding {@code <}, {@code &} or quotes stays text.
 */
public final class ScormManifest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    private ScormManifest() {
    }

    /**
     * @param passPercent the pass mark in percent, empty for an ungraded package (a deck without questions)
     * @param files       every file of the SCO, relative to the package root (the manifest's {@code <file>} list)
     */
    public static String fill(String template, ScormVersion version, String deckId, String title, OptionalInt passPercent,
            String launch, List<String> files) {
        Map<String, String> values = Map.of(
                "identifier", escape("recall-" + deckId + "-" + version.folder()),
                "title", escape(title),
                "launch", escape(launch),
                "files", files.stream().map(file -> "      <file href=\"" + escape(file) + "\"/>")
                        .collect(Collectors.joining("\n")),
                // SCORM 1.2 CAM 2.3.2.5.1: adlcp:masteryscore, 0-100, compared with cmi.core.score.raw.
                "masteryscore", passPercent.isPresent()
                        ? "        <adlcp:masteryscore>" + passPercent.getAsInt() + "</adlcp:masteryscore>" : "",
                // SCORM 2004 SN 5.1.7: the primary objective satisfied by measure gives cmi.scaled_passing_score.
                "objectives", passPercent.isPresent() ? """
                          <imsss:objectives>
                            <imsss:primaryObjective objectiveID="recall-quiz" satisfiedByMeasure="true">
                              <imsss:minNormalizedMeasure>%s</imsss:minNormalizedMeasure>
                            </imsss:primaryObjective>
                          </imsss:objectives>""".formatted(scaled(passPercent.getAsInt())) : "");
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("manifest template: unknown placeholder " + matcher.group());
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(out).toString();
    }

    static String scaled(int percent) {
        return java.math.BigDecimal.valueOf(percent, 2).stripTrailingZeros().toPlainString();
    }

    /** XML 1.0 character data and attribute values: the five predefined entities; control characters dropped. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
