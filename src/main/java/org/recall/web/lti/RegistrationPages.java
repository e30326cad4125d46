package org.recall.web.lti;

import static org.recall.web.Page.escape;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.recall.lti.Platform;
import org.recall.lti.registration.OpenIdConfiguration;
import org.recall.lti.registration.ToolRegistration;
import org.recall.web.Page;

/** The pages of a dynamic registration; every value from the platform or the request is escaped. */
final class RegistrationPages {

    private RegistrationPages() {
    }

    static Response.ResponseBuilder response(int status, String title, String body) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Page.html(title, body))
                .header("Cache-Control", "no-store");
    }

    static String confirm(OpenIdConfiguration platform, ToolRegistration tool, String id, boolean activeAtOnce,
            List<String> elsewhere) {
        String product = platform.productFamily().map(f -> f + platform.version().map(v -> " " + v).orElse("")).orElse("LTI platform");
        return "<h1>Register Recall on this platform</h1>"
                + "<p>Recall will register itself as an LTI 1.3 tool on <strong>" + escape(platform.issuer())
                + "</strong> (" + escape(product) + ").</p>"
                + "<h2>What will be registered</h2><dl class=\"facts\">"
                + fact("Tool name", tool.clientName())
                + fact("Login initiation URL", tool.loginUri().toString())
                + fact("Launch and redirect URL", tool.launchUri().toString())
                + fact("Public keys (JWKS)", tool.jwksUri().toString())
                + fact("Deep linking", "content selection (" + String.join(", ", ToolRegistration.DEEP_LINKING_PLACEMENTS) + ")")
                + fact("Services", "grades (Assignment and Grade Services), course roster (Names and Role Provisioning)")
                + fact("User data asked for", String.join(", ", ToolRegistration.CLAIMS))
                + "</dl><h2>Platform</h2><dl class=\"facts\">"
                + fact("Issuer", platform.issuer())
                + fact("Authorization endpoint", platform.authorizationEndpoint().toString())
                + fact("Token endpoint", platform.tokenEndpoint().toString())
                + fact("Keys (JWKS)", platform.jwksUri().toString())
                + "</dl>"
                + (elsewhere.isEmpty() ? "" : "<p class=\"hint\">On another site than the issuer: "
                        + escape(String.join(", ", elsewhere)) + ".</p>")
                + (activeAtOnce
                        ? "<p>This registration was started from a registration link of Recall's administrator: "
                                + "Recall can be used on your platform as soon as it is registered.</p>"
                        : "<p><strong>Recall's administrator must approve this registration</strong> on Recall's admin "
                                + "page before anyone can open Recall from your platform.</p>")
                + "<form method=\"post\" action=\"/lti/register\">"
                + "<input type=\"hidden\" name=\"registration\" value=\"" + escape(id) + "\">"
                + "<button type=\"submit\" id=\"confirm-registration\">Register Recall</button></form>"
                + "<p class=\"hint\">To cancel, close this window: nothing is registered until you press the button.</p>";
    }

    static String done(Platform platform, boolean hasDeployment) {
        if (!platform.active()) {
            return "<h1>Recall's registration waits for approval</h1><p role=\"status\">Your platform registered "
                    + "Recall with client id <code>" + escape(platform.clientId()) + "</code>. Recall's administrator must "
                    + "approve <strong>" + escape(platform.issuer()) + "</strong> on Recall's admin page before anyone can "
                    + "open Recall from it; until then launches are refused. Tell the administrator.</p>"
                    + "<p>You can close this window.</p>"
                    + "<script type=\"module\" src=\"/app/js/registration-close.js\"></script>";
        }
        String deployment = hasDeployment
                ? "" : "<p>The platform gave no deployment id yet: once the tool is deployed, add its deployment id"
                        + " on the <a href=\"/admin\">admin page</a> (<em>Add a deployment</em> under this platform) or"
                        + " with the admin API (<code>POST /api/admin/platforms/" + platform.id()
                        + "/deployments</code> with <code>{\"deploymentId\": \"…\"}</code>).</p>";
        return "<h1>Recall is registered</h1><p role=\"status\">Recall is now registered on <strong>"
                + escape(platform.issuer()) + "</strong> with client id <code>" + escape(platform.clientId())
                + "</code>. Some platforms (Moodle) list the new tool as pending until an administrator activates it.</p>"
                + deployment
                + "<p>You can close this window.</p>"
                + "<script type=\"module\" src=\"/app/js/registration-close.js\"></script>";
    }

    static String failure(String message) {
        return "<h1>Recall could not be registered</h1><p role=\"alert\">" + escape(message) + "</p>";
    }

    private static String fact(String name, String value) {
        return "<dt>" + escape(name) + "</dt><dd>" + escape(value) + "</dd>";
    }
}
