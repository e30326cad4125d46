package org.recall.it;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Prometheus text format 0.0.4 strictly enough to fail on what a Prometheus server would refuse:
 * every sample line is {@code name{label="value",...} number}, every {@code # TYPE} names a known type, and
 * a sample belongs to the family its TYPE line announced. Keyed by the series as written.
 */
final class PrometheusText {

    private static final Pattern SAMPLE = Pattern.compile(
            "([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{((?:[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\\\n]|\\\\.)*\",?)*)\\})? "
                    + "(-?[0-9.eE+-]+|NaN|\\+Inf|-Inf)( -?[0-9]+)?");
    private static final Pattern TYPE = Pattern.compile("# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)");

    final Map<String, Double> samples = new LinkedHashMap<>();
    final Map<String, String> types = new LinkedHashMap<>();

    static PrometheusText parse(String text) {
        var parsed = new PrometheusText();
        String family = null;
        for (String line : text.split("\n")) {
            if (line.isEmpty() || line.startsWith("# HELP ")) {
                continue;
            }
            if (line.startsWith("#")) {
                Matcher type = TYPE.matcher(line);
                if (!type.matches()) {
                    throw new AssertionError("not a TYPE line: " + line);
                }
                family = type.group(1);
                parsed.types.put(family, type.group(2));
                continue;
            }
            Matcher sample = SAMPLE.matcher(line);
            if (!sample.matches()) {
                throw new AssertionError("not a sample line: " + line);
            }
            if (family == null || !sample.group(1).startsWith(family)) {
                throw new AssertionError("sample outside its family " + family + ": " + line);
            }
            parsed.samples.put(sample.group(1) + (sample.group(2) == null ? "" : sample.group(2)), Double.valueOf(sample.group(4).replace("+Inf", "Infinity")));
        }
        return parsed;
    }

    /** The value of one series, e.g. {@code recall_launches_total{result="ok"}}; 0 when absent. */
    double value(String series) {
        return samples.getOrDefault(series, 0.0);
    }

    /** The sum of every series of {@code name} whose labels contain {@code labelFragment} (e.g. {@code platform="3"}). */
    double sum(String name, String labelFragment) {
        return samples.entrySet().stream()
                .filter(e -> e.getKey().startsWith(name + "{") && e.getKey().contains(labelFragment))
                .mapToDouble(Map.Entry::getValue).sum();
    }
}
