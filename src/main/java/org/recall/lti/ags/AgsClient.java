package org.recall.lti.ags;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.recall.lti.Platform;

/**
 * Calls a platform's Assignment and Grade Services (AGS 2.0): line items (§3.2), scores (§3.4) and
 * results (§3.3), each with a bearer token from {@link AccessTokens}. Safe for many threads.
 */
public final class AgsClient {

    private static final Logger LOG = Logger.getLogger(AgsClient.class.getName());
    /** Every scope Recall uses; a token asks for those of them the launch granted, so one token serves all calls. */
    static final Set<String> USED_SCOPES = Set.of(AgsScope.LINEITEM, AgsScope.LINEITEM_READONLY,
            AgsScope.RESULT_READONLY, AgsScope.SCORE);
    /** A bound on line item container pages followed (§3.2.4), against a platform that links in a loop. */
    static final int MAX_PAGES = 50;

    private final AgsHttp http;
    private final AccessTokens tokens;

    public AgsClient(Supplier<RSAKey> signingKey) {
        this(signingKey, AgsHttp.CONNECT_TIMEOUT, AgsHttp.REQUEST_TIMEOUT, Clock.systemUTC());
    }

    public AgsClient(Supplier<RSAKey> signingKey, Duration connectTimeout, Duration requestTimeout, Clock clock) {
        this.http = new AgsHttp(connectTimeout, requestTimeout, clock);
        this.tokens = new AccessTokens(signingKey, http);
    }

    /** §3.4: POSTs a score to {@code {lineitem}/scores}. */
    public void postScore(Platform platform, Set<String> granted, URI lineItem, Score score) throws AgsException {
        URI scores = serviceUrl(lineItem, "scores");
        String body = JSONObjectUtils.toJSONString(score.toJson());
        call(platform, granted, AgsScope.SCORE, "Score post to " + scores, token -> http.request(scores)
                .header("Content-Type", AgsMediaType.SCORE)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        LOG.fine(() -> "Score for " + score.userId() + " accepted at " + scores);
    }

    /** §3.2.4: every line item of the container for the resource link, following {@code rel="next"} pages. */
    public List<LineItem> lineItems(Platform platform, Set<String> granted, URI container, String resourceLinkId)
            throws AgsException {
        String scope = granted.contains(AgsScope.LINEITEM) ? AgsScope.LINEITEM : AgsScope.LINEITEM_READONLY;
        URI page = resourceLinkId == null ? container : withQuery(container, "resource_link_id", resourceLinkId);
        var items = new ArrayList<LineItem>();
        for (int n = 0; page != null && n < MAX_PAGES; n++) {
            URI current = page;
            var response = call(platform, granted, scope, "Line item list " + current, token -> http.request(current)
                    .header("Accept", AgsMediaType.LINEITEM_CONTAINER).GET());
            for (Object item : parseArray(response, "Line item list " + current)) {
                if (item instanceof Map<?, ?> json) {
                    @SuppressWarnings("unchecked")
                    var map = (Map<String, Object>) json;
                    items.add(LineItem.fromJson(map));
                }
            }
            page = AgsHttp.nextPage(response).orElse(null);
        }
        return items;
    }

    /** The line item of the container that {@link LineItem#matches matches} the resource link, resource id and tag. */
    public Optional<LineItem> findLineItem(Platform platform, Set<String> granted, URI container, String resourceLinkId,
            String resourceId, String tag) throws AgsException {
        return lineItems(platform, granted, container, resourceLinkId).stream()
                .filter(item -> item.id() != null && item.matches(resourceLinkId, resourceId, tag))
                .findFirst();
    }

    /** §3.2.5: creates a line item in the container; returns it with the id the platform gave it. */
    public LineItem createLineItem(Platform platform, Set<String> granted, URI container, LineItem item)
            throws AgsException {
        String body = JSONObjectUtils.toJSONString(item.toJson());
        var response = call(platform, granted, AgsScope.LINEITEM, "Line item creation in " + container,
                token -> http.request(container)
                        .header("Content-Type", AgsMediaType.LINEITEM)
                        .header("Accept", AgsMediaType.LINEITEM)
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
        try {
            LineItem created = LineItem.fromJson(JSONObjectUtils.parse(response.body()));
            if (created.id() == null) {
                throw new AgsException(502, "The created line item has no id", response.body(), null);
            }
            return created;
        } catch (ParseException | IllegalArgumentException e) {
            throw new AgsException(502, "The created line item is not valid JSON", response.body(), null);
        }
    }

    /** §3.3: what the platform holds for each user in the line item, following {@code rel="next"} pages. */
    public List<Result> results(Platform platform, Set<String> granted, URI lineItem) throws AgsException {
        URI page = serviceUrl(lineItem, "results");
        var results = new ArrayList<Result>();
        for (int n = 0; page != null && n < MAX_PAGES; n++) {
            URI current = page;
            var response = call(platform, granted, AgsScope.RESULT_READONLY, "Result list " + current,
                    token -> http.request(current).header("Accept", AgsMediaType.RESULT_CONTAINER).GET());
            for (Object item : parseArray(response, "Result list " + current)) {
                if (item instanceof Map<?, ?> json) {
                    @SuppressWarnings("unchecked")
                    var map = (Map<String, Object>) json;
                    results.add(Result.fromJson(map));
                }
            }
            page = AgsHttp.nextPage(response).orElse(null);
        }
        return results;
    }

    /**
     * The URL of a line item's sub-service (§3.4.1 {@code /scores}, §3.3.1 {@code /results}): the segment
     * goes at the end of the path, before any query string ({@code .../lineitem?type_id=1} becomes
     * {@code .../lineitem/scores?type_id=1}).
     */
    public static URI serviceUrl(URI lineItem, String service) {
        String s = lineItem.toString();
        int fragment = s.indexOf('#');
        if (fragment >= 0) {
            s = s.substring(0, fragment);
        }
        int query = s.indexOf('?');
        String path = query >= 0 ? s.substring(0, query) : s;
        String rest = query >= 0 ? s.substring(query) : "";
        return URI.create(path.replaceAll("/+$", "") + "/" + service + rest);
    }

    private static URI withQuery(URI uri, String name, String value) {
        String s = uri.toString();
        String param = name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
        return URI.create(s + (s.contains("?") ? "&" : "?") + param);
    }

    @FunctionalInterface
    private interface RequestFor {
        HttpRequest.Builder build(AccessToken token);
    }

    /** One authorized call; a 401 drops the cached token and tries once more with a new one. */
    private HttpResponse<String> call(Platform platform, Set<String> granted, String needed, String what,
            RequestFor request) throws AgsException {
        if (!granted.contains(needed)) {
            throw new AgsException(403, what + ": the platform did not grant the scope " + needed
                    + " in the launch", "", null);
        }
        Set<String> scopes = AgsScope.requestable(USED_SCOPES, granted);
        for (int attempt = 1; ; attempt++) {
            AccessToken token = tokens.token(platform, scopes);
            try {
                return http.send(request.build(token).header("Authorization", token.toAuthorizationHeader()).build(), what);
            } catch (AgsException e) {
                if (e.status() != 401 || attempt > 1) {
                    throw e;
                }
                tokens.forget(platform, scopes, token);
            }
        }
    }

    private static List<Object> parseArray(HttpResponse<String> response, String what) throws AgsException {
        try {
            return JSONArrayUtils.parse(response.body());
        } catch (ParseException e) {
            throw new AgsException(502, what + ": the answer is not a JSON array", response.body(), null);
        }
    }
}
