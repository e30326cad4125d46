package org.recall.lti.ags;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.recall.lti.Platform;
import org.recall.lti.http.PlatformAnswer;
import org.recall.lti.http.ServiceOrigins;

/**
 * Calls a platform's Assignment and Grade Services (AGS 2.0): line items (§3.2), scores (§3.4) and
 * results (§3.3), each with a bearer token from {@link AccessTokens}. Every URL, whether from the launch or
 * from an answer (paging links, a created line item), is checked against the platform's
 * {@link ServiceOrigins} before it is called. Answers are read by their body, within a size limit; a body
 * is never kept in an exception. Safe for many threads.
 */
public final class AgsClient {

    private static final Logger LOG = Logger.getLogger(AgsClient.class.getName());
    /** Every scope Recall uses; a token asks for those of them the launch granted, so one token serves all calls. */
    static final Set<String> USED_SCOPES = Set.of(AgsScope.LINEITEM, AgsScope.LINEITEM_READONLY,
            AgsScope.RESULT_READONLY, AgsScope.SCORE);
    /** A bound on line item container pages followed (§3.2.4), against a platform that links in a loop. */
    static final int MAX_PAGES = 50;
    /** One line item or score answer (a few hundred bytes). */
    static final int MAX_ITEM = 256 * 1024;
    /** One page of a line item or result container: thousands of entries. */
    static final int MAX_PAGE = 8 * 1024 * 1024;

    static final String SCORE = "score";
    static final String LINE_ITEMS = "line item list";
    static final String LINE_ITEM_CREATION = "line item creation";
    static final String LINE_ITEM = "line item";
    static final String RESULTS = "result list";

    private final AgsHttp http;
    private final AccessTokens tokens;
    private final ServiceOrigins origins;

    public AgsClient(Supplier<RSAKey> signingKey, Duration connectTimeout, Duration requestTimeout, Clock clock,
            ServiceOrigins origins) {
        this.http = new AgsHttp(connectTimeout, requestTimeout, clock);
        this.tokens = new AccessTokens(signingKey, http);
        this.origins = origins;
    }

    /** §3.4: POSTs a score to {@code {lineitem}/scores}. */
    public void postScore(Platform platform, Set<String> granted, URI lineItem, Score score) throws AgsException {
        URI scores = serviceUrl(lineItem, "scores");
        String body = JSONObjectUtils.toJSONString(score.toJson());
        call(platform, granted, AgsScope.SCORE, SCORE, scores, MAX_ITEM, token -> http.request(scores)
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
            PlatformAnswer answer = call(platform, granted, scope, LINE_ITEMS, current, MAX_PAGE,
                    token -> http.request(current).header("Accept", AgsMediaType.LINEITEM_CONTAINER).GET());
            for (Map<String, Object> json : objects(answer, LINE_ITEMS)) {
                LineItem.fromJson(json).ifPresent(items::add);
            }
            page = answer.nextPage().orElse(null);
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
        PlatformAnswer answer = call(platform, granted, AgsScope.LINEITEM, LINE_ITEM_CREATION, container, MAX_ITEM,
                token -> http.request(container)
                        .header("Content-Type", AgsMediaType.LINEITEM)
                        .header("Accept", AgsMediaType.LINEITEM)
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
        return LineItem.fromJson(object(answer, LINE_ITEM_CREATION)).filter(created -> created.id() != null)
                .orElseThrow(() -> AgsException.unusable(LINE_ITEM_CREATION, answer, "a line item without an id URL"));
    }

    /**
     * §3.2.6: changes a line item's {@code scoreMaximum} (GET the item, PUT it back with the new maximum, so
     * that the platform keeps its other fields); answers the item as the platform stored it.
     */
    public LineItem updateScoreMaximum(Platform platform, Set<String> granted, URI lineItem, double scoreMaximum)
            throws AgsException {
        PlatformAnswer current = call(platform, granted, AgsScope.LINEITEM, LINE_ITEM, lineItem, MAX_ITEM,
                token -> http.request(lineItem).header("Accept", AgsMediaType.LINEITEM).GET());
        Map<String, Object> json = object(current, LINE_ITEM);
        json.put("scoreMaximum", scoreMaximum);
        String body = JSONObjectUtils.toJSONString(json);
        PlatformAnswer updated = call(platform, granted, AgsScope.LINEITEM, LINE_ITEM, lineItem, MAX_ITEM,
                token -> http.request(lineItem)
                        .header("Content-Type", AgsMediaType.LINEITEM)
                        .header("Accept", AgsMediaType.LINEITEM)
                        .PUT(HttpRequest.BodyPublishers.ofString(body)));
        Optional<LineItem> stored = Optional.empty();
        try {
            stored = LineItem.fromJson(updated.jsonObject());
        } catch (ParseException e) {
            // §3.2.6 does not require the item back: what was sent is what the platform holds.
        }
        return stored.or(() -> LineItem.fromJson(json)).orElseThrow(
                () -> AgsException.unusable(LINE_ITEM, current, "a line item Recall cannot read"));
    }

    /**
     * The {@code Authorization} header value for another service of the platform (e.g. NRPS), from the
     * shared token cache: a token for exactly {@code scopes} (those the launch granted).
     */
    public String authorizationHeader(Platform platform, Set<String> scopes) throws AgsException {
        return tokens.token(platform, Set.copyOf(new TreeSet<>(scopes))).toAuthorizationHeader();
    }

    /** §3.3: what the platform holds for each user in the line item, following {@code rel="next"} pages. */
    public List<Result> results(Platform platform, Set<String> granted, URI lineItem) throws AgsException {
        URI page = serviceUrl(lineItem, "results");
        var results = new ArrayList<Result>();
        for (int n = 0; page != null && n < MAX_PAGES; n++) {
            URI current = page;
            PlatformAnswer answer = call(platform, granted, AgsScope.RESULT_READONLY, RESULTS, current, MAX_PAGE,
                    token -> http.request(current).header("Accept", AgsMediaType.RESULT_CONTAINER).GET());
            for (Map<String, Object> json : objects(answer, RESULTS)) {
                results.add(Result.fromJson(json));
            }
            page = answer.nextPage().orElse(null);
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

    /**
     * One authorized call to {@code url}, after checking that the launch granted the scope and that the URL
     * is on an origin of the platform's services; a 401 drops the cached token and tries once more.
     */
    private PlatformAnswer call(Platform platform, Set<String> granted, String needed, String step, URI url,
            int maxBytes, RequestFor request) throws AgsException {
        if (!granted.contains(needed)) {
            throw AgsException.configuration(step, "The platform did not grant the scope " + needed
                    + " in the launch, so Recall cannot send the " + step + ".");
        }
        Optional<String> refusal = origins.of(platform).refusal(url);
        if (refusal.isPresent()) {
            throw AgsException.configuration(step, "The " + step + " URL " + refusal.get() + ": Recall did not call it."
                    + " An administrator can allow the origin on the admin page.");
        }
        Set<String> scopes = AgsScope.requestable(USED_SCOPES, granted);
        for (int attempt = 1; ; attempt++) {
            AccessToken token = tokens.token(platform, scopes);
            try {
                return http.send(request.build(token).header("Authorization", token.toAuthorizationHeader()).build(),
                        step, maxBytes);
            } catch (AgsException e) {
                if (e.status() != 401 || attempt > 1) {
                    throw e;
                }
                tokens.forget(platform, scopes, token);
            }
        }
    }

    private static Map<String, Object> object(PlatformAnswer answer, String step) throws AgsException {
        try {
            return answer.jsonObject();
        } catch (ParseException e) {
            throw AgsException.unusable(step, answer, "something that is not a JSON object");
        }
    }

    /** The JSON objects of a container answer (a JSON array, §3.2.4 and §3.3.4); other members are skipped. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> objects(PlatformAnswer answer, String step) throws AgsException {
        List<Object> array;
        try {
            array = answer.jsonArray();
        } catch (ParseException e) {
            throw AgsException.unusable(step, answer, "something that is not a JSON array");
        }
        var objects = new ArrayList<Map<String, Object>>();
        for (Object item : array) {
            if (item instanceof Map<?, ?> json) {
                objects.add((Map<String, Object>) json);
            }
        }
        return objects;
    }
}
