package org.recall.lti.nrps;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a context's membership (NRPS 2.0 §2.4): GET the {@code context_memberships_url} of the launch
 * with {@code Accept: application/vnd.ims.lti-nrps.v2.membershipcontainer+json} and a bearer token for
 * {@link #SCOPE}, then every {@code rel="next"} page. Safe for many threads.
 */
public final class NrpsClient {

    public static final String MEDIA_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
    public static final String SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
    /** A bound on the pages followed, against a platform that links in a loop. */
    static final int MAX_PAGES = 100;

    private static final Pattern NEXT_LINK = Pattern.compile("<([^>]*)>\\s*;[^,]*?rel\\s*=\\s*\"?next\"?",
            Pattern.CASE_INSENSITIVE);

    /** The {@code Authorization} header value for a token with the NRPS scope. */
    @FunctionalInterface
    public interface Authorization {
        String header() throws Exception;
    }

    private final HttpClient http;
    private final Duration requestTimeout;

    public NrpsClient(Duration connectTimeout, Duration requestTimeout) {
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.requestTimeout = requestTimeout;
    }

    /** Every member on every page, in the platform's order. */
    public List<Member> members(URI membershipUrl, Authorization authorization) throws NrpsException {
        var members = new ArrayList<Member>();
        URI page = membershipUrl;
        for (int n = 0; page != null; n++) {
            if (n == MAX_PAGES) {
                throw new NrpsException(502, "The membership has more than " + MAX_PAGES + " pages");
            }
            HttpResponse<String> response = get(page, authorization);
            members.addAll(parse(response.body()));
            page = nextPage(response).orElse(null);
        }
        return members;
    }

    private HttpResponse<String> get(URI page, Authorization authorization) throws NrpsException {
        String header;
        try {
            header = authorization.header();
        } catch (Exception e) {
            throw new NrpsException(401, "No access token for the membership service: " + e.getMessage());
        }
        HttpRequest request = HttpRequest.newBuilder(page).timeout(requestTimeout)
                .header("Accept", MEDIA_TYPE).header("Authorization", header).GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new NrpsException(0, "The membership service at " + page.getHost() + " could not be reached");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NrpsException(0, "Interrupted while reading the membership");
        }
        if (response.statusCode() < 200 || response.statusCode() > 299) {
            throw new NrpsException(response.statusCode(), "The membership service answered " + response.statusCode());
        }
        return response;
    }

    /** The members of one membership container page (§2.3: {@code {"id", "context", "members": [...]}}). */
    static List<Member> parse(String body) throws NrpsException {
        Map<String, Object> json;
        try {
            json = JSONObjectUtils.parse(body);
        } catch (ParseException e) {
            throw new NrpsException(502, "The membership answer is not a JSON object");
        }
        if (!(json.get("members") instanceof List<?> list)) {
            throw new NrpsException(502, "The membership answer has no members array");
        }
        var members = new ArrayList<Member>();
        for (Object item : list) {
            if (item instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Member m = Member.fromJson((Map<String, Object>) map);
                if (m.userId() != null) {
                    members.add(m);
                }
            }
        }
        return members;
    }

    /** The {@code rel="next"} target of the Link headers (RFC 8288), resolved against the page's URL. */
    static Optional<URI> nextPage(HttpResponse<?> response) {
        for (String header : response.headers().allValues("Link")) {
            for (String link : header.split(",(?=\\s*<)")) {
                Matcher m = NEXT_LINK.matcher(link);
                if (m.find()) {
                    return Optional.of(response.uri().resolve(m.group(1).trim()));
                }
            }
        }
        return Optional.empty();
    }
}
