package org.recall.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A course's launches as browsers make them (issue 13): 64 students, each with their own {@code sub},
 * opening 8 activities again and again. One launch is four requests: the login initiation GET the
 * platform sends the browser to, the platform's authorization endpoint (which signs the id_token), the
 * id_token form post to the tool with the cookies the login set, and the redirect after it to the study
 * page. The tool is on {@code localhost}, the platform on {@code 127.0.0.1}: cross-site, as in an LMS.
 * Works against any LTI 1.3 tool ({@link Tool}); one instance is shared by every client thread.
 */
final class CourseBrowser {

    static final int STUDENTS = 64;
    static final int ACTIVITIES = 8;

    /** Where a tool takes its launches. */
    record Tool(String name, URI base, String loginPath, String clientId, String deploymentId) {
    }

    /** One launch: the session token when the tool puts one in the study page's fragment (Recall). */
    record Launched(String session, String student, String link) {
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern FIELD = Pattern.compile("name=\"(id_token|state)\" value=\"([^\"]*)\"");
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]*)\"");

    private final Tool tool;
    private final CoursePlatform platform;
    private final AtomicLong launches = new AtomicLong();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    CourseBrowser(Tool tool, CoursePlatform platform) {
        this.tool = tool;
        this.platform = platform;
    }

    Tool tool() {
        return tool;
    }

    CoursePlatform platform() {
        return platform;
    }

    /** The next launch of the course: students in turn, each student through the activities in turn. */
    Launched next(Latencies[] steps) throws IOException, InterruptedException {
        long n = launches.getAndIncrement();
        return launch("student-" + (n % STUDENTS + 1), "activity-" + ((n / STUDENTS) % ACTIVITIES + 1), steps);
    }

    /** One launch of {@code link} by {@code student}; {@code steps} (4, or null) get each request's latency. */
    Launched launch(String student, String link, Latencies[] steps) throws IOException, InterruptedException {
        var cookies = new LinkedHashMap<String, String>();
        var login = new LinkedHashMap<String, String>();
        login.put("iss", platform.platform().issuer());
        login.put("login_hint", student);
        login.put("target_link_uri", platform.targetLinkUri().toString());
        login.put("lti_message_hint", link);
        login.put("client_id", tool.clientId());
        login.put("lti_deployment_id", tool.deploymentId());
        long a = System.nanoTime();
        var initiation = send(HttpRequest.newBuilder(tool.base().resolve(tool.loginPath() + "?" + form(login))), cookies);
        expect(initiation, 302, "login initiation");
        long b = System.nanoTime();
        var authorization = send(HttpRequest.newBuilder(location(initiation)), null);
        expect(authorization, 200, "platform authorization");
        var fields = new LinkedHashMap<String, String>();
        Matcher field = FIELD.matcher(authorization.body());
        while (field.find()) {
            fields.put(field.group(1), field.group(2));
        }
        Matcher action = ACTION.matcher(authorization.body());
        if (!action.find() || fields.size() != 2) {
            throw new IOException("the platform's authorization page has no launch form");
        }
        long c = System.nanoTime();
        var post = send(HttpRequest.newBuilder(URI.create(action.group(1)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))), cookies);
        if (post.statusCode() != 303 && post.statusCode() != 302) {
            throw new IOException(tool.name() + " launch answered " + post.statusCode() + ": " + abbreviate(post.body()));
        }
        long d = System.nanoTime();
        URI study = location(post);
        var page = send(HttpRequest.newBuilder(withoutFragment(study)), cookies);
        expect(page, 200, "study page");
        long e = System.nanoTime();
        if (steps != null) {
            steps[0].add(b - a);
            steps[1].add(c - b);
            steps[2].add(d - c);
            steps[3].add(e - d);
        }
        String fragment = study.getRawFragment();
        String session = fragment != null && fragment.startsWith("session=") ? fragment.substring("session=".length()) : null;
        return new Launched(session, student, link);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> cookies)
            throws IOException, InterruptedException {
        if (cookies != null && !cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        var response = http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        if (cookies != null) {
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    String value = pair.substring(eq + 1);
                    if (value.isEmpty() || set.toLowerCase().contains("max-age=0")) {
                        cookies.remove(pair.substring(0, eq));
                    } else {
                        cookies.put(pair.substring(0, eq), value);
                    }
                }
            }
        }
        return response;
    }

    private URI location(HttpResponse<String> response) throws IOException {
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new IOException(response.statusCode() + " without Location"));
        return response.uri().resolve(location);
    }

    private static URI withoutFragment(URI uri) {
        String s = uri.toString();
        int hash = s.indexOf('#');
        return URI.create(hash < 0 ? s : s.substring(0, hash));
    }

    private void expect(HttpResponse<String> response, int status, String what) throws IOException {
        if (response.statusCode() != status) {
            throw new IOException(tool.name() + " " + what + " answered " + response.statusCode() + ": "
                    + abbreviate(response.body()));
        }
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
