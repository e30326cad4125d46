package org.recall.lti.http;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a platform answered, read by its body. The media type is not trusted either way: Moodle's token
 * endpoint sends its JSON as {@code text/html} (PHP's default, {@code mod/lti/token.php} sets none), and a
 * JSON media type does not make a body JSON. JSON is UTF-8 (RFC 8259 §8.1), a leading byte order mark is
 * ignored. The body is for parsing only: it is never stored, logged or shown (it may hold a token, or
 * another system's data when a URL pointed somewhere it should not).
 */
public record PlatformAnswer(int status, HttpHeaders headers, URI uri, byte[] body) {

    /** RFC 8288 link-value: {@code <target>; params}. */
    private static final Pattern LINK = Pattern.compile("<([^>]*)>([^<]*)");
    /**
     * {@code rel} containing {@code next}, quoted or not. Moodle writes {@code rel=“next”} with typographic
     * quotes ({@code gradebookservices/classes/local/resources/lineitems.php}), which arrive as other bytes:
     * anything but a letter may stand around the word.
     */
    private static final Pattern REL_NEXT = Pattern.compile("(?i)\\brel\\s*=\\s*[^;,]*?(?<![a-z0-9_-])next(?![a-z0-9_-])");

    public boolean isSuccess() {
        return status >= 200 && status <= 299;
    }

    public boolean isRedirect() {
        return status >= 300 && status <= 399;
    }

    /** The body as text (UTF-8, without a byte order mark). */
    public String text() {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The body as a JSON object; ParseException when it is not one (whatever the Content-Type said). */
    public Map<String, Object> jsonObject() throws ParseException {
        try {
            return JSONObjectUtils.parse(text());
        } catch (RuntimeException | StackOverflowError e) {
            throw new ParseException("not a JSON object", 0);
        }
    }

    /** The body as a JSON array; ParseException when it is not one. */
    public List<Object> jsonArray() throws ParseException {
        try {
            return JSONArrayUtils.parse(text());
        } catch (RuntimeException | StackOverflowError e) {
            throw new ParseException("not a JSON array", 0);
        }
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** The media type the platform declared, without parameters, for messages ("none" when it declared none). */
    public String mediaType() {
        return header("Content-Type").map(t -> t.split(";", 2)[0].trim()).filter(t -> !t.isEmpty()).orElse("none");
    }

    /** The {@code rel="next"} target of the Link headers (RFC 8288; AGS 2.0 §3.2.4, NRPS 2.0 §2.4.2 paging). */
    public Optional<URI> nextPage() {
        for (String header : headers.allValues("Link")) {
            Matcher link = LINK.matcher(header);
            while (link.find()) {
                if (REL_NEXT.matcher(link.group(2)).find()) {
                    try {
                        return Optional.of(uri.resolve(link.group(1).trim()));
                    } catch (IllegalArgumentException e) {
                        return Optional.empty();
                    }
                }
            }
        }
        return Optional.empty();
    }
}
