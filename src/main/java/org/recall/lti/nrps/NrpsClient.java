package org.recall.lti.nrps;

import java.net.URI;
import java.net.http.HttpRequest;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recall.lti.http.AllowedOrigins;
import org.recall.lti.http.PlatformAnswer;
import org.recall.lti.http.PlatformHttp;
import org.recall.lti.http.ServiceException;

/**
 * Reads a context's membership (NRPS 2.0 §2.4): GET the {@code context_memberships_url} of the launch
 * with {@code Accept: application/vnd.ims.lti-nrps.v2.membershipcontainer+json} and a bearer token for
 * {@link #SCOPE}, then every {@code rel="next"} page. Every page URL is checked against the platform's
 * service origins before it is called; answers are read by their body (any media type), at most
 * {@link #MAX_PAGE} bytes a page. Safe for many threads.
 */
public final class NrpsClient {

    public static final String MEDIA_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
    public static final String SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
    /** A bound on the pages followed, against a platform that links in a loop. */
    static final int MAX_PAGES = 100;
    /** One page: Moodle answers a course's whole roster at once (thousands of members) when not asked to page. */
    static final int MAX_PAGE = 16 * 1024 * 1024;

    /** The {@code Authorization} header value for a token with the NRPS scope. */
    @FunctionalInterface
    public interface Authorization {
        String header() throws ServiceException;
    }

    private final PlatformHttp http;

    public NrpsClient(Duration connectTimeout, Duration requestTimeout) {
        this.http = new PlatformHttp(connectTimeout, requestTimeout);
    }

    /** Every member on every page, in the platform's order. */
    public List<Member> members(URI membershipUrl, AllowedOrigins allowed, Authorization authorization)
            throws ServiceException {
        var members = new ArrayList<Member>();
        URI page = membershipUrl;
        for (int n = 0; page != null; n++) {
            if (n == MAX_PAGES) {
                throw new NrpsException(ServiceException.Kind.CONFIGURATION, 200,
                        "The roster has more than " + MAX_PAGES + " pages; Recall stopped reading it.");
            }
            PlatformAnswer answer = get(page, allowed, authorization);
            members.addAll(parse(answer));
            page = answer.nextPage().orElse(null);
        }
        return members;
    }

    private PlatformAnswer get(URI page, AllowedOrigins allowed, Authorization authorization) throws ServiceException {
        Optional<String> refusal = allowed.refusal(page);
        if (refusal.isPresent()) {
            throw new NrpsException(ServiceException.Kind.CONFIGURATION, 0, "The " + NrpsException.STEP + " URL "
                    + refusal.get() + ": Recall did not call it. An administrator can allow the origin on the admin page.");
        }
        HttpRequest request = http.request(page).header("Accept", MEDIA_TYPE)
                .header("Authorization", authorization.header()).GET().build();
        PlatformAnswer answer;
        try {
            answer = http.send(request, MAX_PAGE);
        } catch (PlatformHttp.Unanswered e) {
            throw NrpsException.unanswered(page, e);
        }
        if (!answer.isSuccess()) {
            throw NrpsException.refused(answer);
        }
        return answer;
    }

    /** The members of one membership container page (§2.3: {@code {"id", "context", "members": [...]}}). */
    static List<Member> parse(PlatformAnswer answer) throws NrpsException {
        Map<String, Object> json;
        try {
            json = answer.jsonObject();
        } catch (ParseException e) {
            throw NrpsException.unusable(answer, "something that is not a JSON object");
        }
        if (!(json.get("members") instanceof List<?> list)) {
            throw NrpsException.unusable(answer, "a JSON object without a members array");
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
}
