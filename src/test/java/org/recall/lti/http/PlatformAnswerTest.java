package org.recall.lti.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Answers read by their body, and paging links as platforms really write them. */
class PlatformAnswerTest {

    static PlatformAnswer answer(String body, Map<String, List<String>> headers) {
        return new PlatformAnswer(200, HttpHeaders.of(headers, (a, b) -> true), URI.create("https://moodle.test/mod/lti/services.php/2/lineitems"),
                body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void jsonIsReadFromTheBodyWhateverTheMediaTypeSays() throws Exception {
        var moodle = answer("\uFEFF{\"access_token\":\"t\"}", Map.of("Content-Type", List.of("text/html; charset=UTF-8")));
        assertEquals("t", moodle.jsonObject().get("access_token"));
        assertEquals("text/html", moodle.mediaType());
        var lying = answer("<html>maintenance</html>", Map.of("Content-Type", List.of("application/json")));
        assertThrows(ParseException.class, lying::jsonObject);
        assertThrows(ParseException.class, () -> answer("[1]", Map.of()).jsonObject());
        assertEquals("none", answer("{}", Map.of()).mediaType());
    }

    @Test
    void deeplyNestedJsonIsRefusedNotACrash() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertThrows(ParseException.class, () -> answer(deep, Map.of()).jsonArray());
        assertThrows(ParseException.class, () -> answer("{\"a\":" + deep + "}", Map.of()).jsonObject());
    }

    @Test
    void nextPageIsFoundInEveryFormPlatformsWrite() {
        assertEquals(Optional.of(URI.create("https://moodle.test/mod/lti/services.php/2/lineitems?from=10")),
                answer("[]", Map.of("Link", List.of("</mod/lti/services.php/2/lineitems?from=0>; rel=\"first\", "
                        + "</mod/lti/services.php/2/lineitems?from=10>; rel=\"next\""))).nextPage());
        // Moodle writes rel=“next” with typographic quotes; their UTF-8 bytes arrive as Latin-1 characters.
        String curly = new String("<https://moodle.test/x?from=0>; rel=“first”, <https://moodle.test/x?from=5>; rel=“next”"
                .getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertEquals(Optional.of(URI.create("https://moodle.test/x?from=5")), answer("[]", Map.of("Link", List.of(curly))).nextPage());
        assertEquals(Optional.of(URI.create("https://canvas.test/api/lti/courses/1/line_items?page=2")),
                answer("[]", Map.of("Link", List.of("<https://canvas.test/api/lti/courses/1/line_items?page=1>; rel=\"current\","
                        + "<https://canvas.test/api/lti/courses/1/line_items?page=2>; rel=\"next\","
                        + "<https://canvas.test/api/lti/courses/1/line_items?page=1>; rel=\"first\""))).nextPage());
        assertTrue(answer("[]", Map.of("Link", List.of("<https://x.test/?p=9>; rel=\"last\", <https://x.test/?p=1>; rel=nextish")))
                .nextPage().isEmpty());
    }
}
