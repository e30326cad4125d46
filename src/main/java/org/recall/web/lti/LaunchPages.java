package org.recall.web.lti;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.recall.lti.login.LoginRedirect;
import org.recall.store.PlatformTable;
import org.recall.web.Page;

/**
 * The pages of the login and launch: refusals in words a student or admin can act on, the platform
 * storage steps (LTI Client Side postMessages, Platform Storage: {@code lti.put_data} at login,
 * {@code lti.get_data} at launch), and the "open in a new window" way out when a browser holds no state.
 */
@ApplicationScoped
public class LaunchPages {

    private static final String STORAGE_KEY_PREFIX = "recall_state_";

    @Inject
    LoginRequests requests;

    @Inject
    PlatformTable platforms;

    Response refused(int status, String message) {
        String body = "<h1>Recall could not open this activity</h1><p role=\"alert\">" + Page.escape(message) + "</p>";
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Page.html("Recall could not open this activity", body))
                .header("Cache-Control", "no-store").build();
    }

    /** Login: store the state in the platform's frame, then go on to the platform's authorization endpoint. */
    String storeStateThenGo(LoginRedirect redirect) {
        String body = "<h1>Opening Recall…</h1>"
                + "<div id=\"lti-storage\" data-mode=\"put\""
                + attribute("target", redirect.storageTarget().orElse("_parent"))
                + attribute("origin", origin(redirect.authorizationUri()))
                + attribute("key", STORAGE_KEY_PREFIX + redirect.state())
                + attribute("value", redirect.storageProof().orElseThrow())
                + attribute("next", redirect.authorizationUri().toString()) + "></div>"
                + "<noscript><a href=\"" + Page.escape(redirect.authorizationUri().toString())
                + "\">Continue</a></noscript>"
                + "<script type=\"module\" src=\"/app/js/lti-storage.js\"></script>";
        return Page.html("Opening Recall", body);
    }

    /** Launch without a cookie: read the state back from the platform's frame, then post the launch again. */
    String readStateThenRepost(String idToken, String state, String storageTarget) {
        String origin = platformOrigin(state).orElse("");
        String body = "<h1>Opening Recall…</h1>"
                + "<div id=\"lti-storage\" data-mode=\"get\"" + attribute("target", storageTarget)
                + attribute("origin", origin) + attribute("key", STORAGE_KEY_PREFIX + state) + "></div>"
                + "<form id=\"lti-repost\" method=\"post\" action=\"/lti/launch\">"
                + hidden("id_token", idToken) + hidden("state", state)
                + hidden(LtiLaunchResource.STORED_STATE, "")
                + "<noscript><button type=\"submit\">Continue</button></noscript></form>"
                + "<script type=\"module\" src=\"/app/js/lti-storage.js\"></script>";
        return Page.html("Opening Recall", body);
    }

    /** The browser returned neither the cookie nor platform storage: explain, and offer a new window. */
    String stateNotBound(String state) {
        String again = "/lti/login/again/" + Page.escape(state == null ? "" : state);
        String body = "<h1>Open Recall in a new window</h1>"
                + "<p role=\"alert\">Your browser blocked the information Recall needs while it runs inside the "
                + "course page (this happens with Safari and with browsers that block third-party cookies).</p>"
                + "<p>Opening the activity in a window of its own avoids this. Your progress is kept.</p>"
                + "<p><a class=\"button\" id=\"open-new-window\" href=\"" + again
                + "\" target=\"_blank\" rel=\"noopener\">Open the activity in a new window</a></p>";
        return Page.html("Open Recall in a new window", body);
    }

    private Optional<String> platformOrigin(String state) {
        return requests.find(state).flatMap((Map<String, String> p) -> platforms.find(p.get("iss"), p.get("client_id")))
                .map(platform -> origin(platform.authorizationEndpoint()));
    }

    static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }

    private static String attribute(String name, String value) {
        return " data-" + name + "=\"" + Page.escape(value) + "\"";
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + Page.escape(value) + "\">";
    }
}
