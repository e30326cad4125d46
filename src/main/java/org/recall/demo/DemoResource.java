package org.recall.demo;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.recall.web.ClientError;
import org.recall.web.Page;

/**
 * The demo platform's pages and endpoints under {@code /demo}: the course page, the start of a launch
 * (the platform's side of OIDC third-party initiated login), the authorization endpoint that answers
 * with a form-posted id_token, and the JWKS. All 404 unless the demo is switched on.
 */
@Path("demo")
@RequestScoped
public class DemoResource {

    @Inject
    DemoPlatform platform;

    @Inject
    DemoGradebook gradebook;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String coursePage() {
        requireEnabled();
        String body = "<h1>Demo course: MLOps basics</h1>"
                + "<p>This page plays the part of an LMS course. Each button launches Recall through a real "
                + "LTI 1.3 launch: OIDC login, a signed id_token, and its full validation.</p>"
                + "<ul class=\"demo-launches\">"
                + "<li><a class=\"button\" id=\"launch-student\" href=\"/demo/start?as=student\">Open the activity as a student (Alex Student)</a></li>"
                + "<li><a class=\"button\" id=\"launch-instructor\" href=\"/demo/start?as=instructor\">Open the activity as an instructor (Sam Teacher)</a></li>"
                + "</ul>"
                + gradebookTable();
        return Page.html("Recall demo platform", body);
    }

    /** The demo gradebook as an LMS shows it: what Recall sent, through AGS, for each student. */
    private String gradebookTable() {
        var html = new StringBuilder("<h2>Gradebook</h2>");
        if (gradebook.all().isEmpty()) {
            return html.append("<p id=\"gradebook-empty\">No grade yet. Take the quiz as a student, then reload this page.</p>")
                    .toString();
        }
        html.append("<table id=\"gradebook\"><caption>").append(Page.escape(DemoGradebook.LABEL))
                .append(", received through LTI Assignment and Grade Services</caption><thead><tr>")
                .append("<th scope=\"col\">Student</th><th scope=\"col\">Score</th><th scope=\"col\">Progress</th>")
                .append("<th scope=\"col\">Comment</th><th scope=\"col\">Received</th></tr></thead><tbody>");
        for (DemoGradebook.Entry entry : gradebook.all()) {
            String student = DemoUser.bySubject(entry.userId()).map(u -> u.name).orElse(entry.userId());
            String score = entry.scoreGiven() == null ? "-"
                    : format(entry.scoreGiven()) + " / " + format(entry.scoreMaximum());
            html.append("<tr><td>").append(Page.escape(student)).append("</td><td class=\"score\">")
                    .append(Page.escape(score)).append("</td><td>")
                    .append(Page.escape(entry.activityProgress() + ", " + entry.gradingProgress())).append("</td><td>")
                    .append(Page.escape(entry.comment())).append("</td><td>")
                    .append(Page.escape(entry.receivedAt().toString())).append("</td></tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    private static String format(Double value) {
        return value == Math.rint(value) ? Long.toString(value.longValue()) : value.toString();
    }

    /** LTI 1.3 Core §4.1: the platform starts the launch by sending the browser to the tool's login URL. */
    @GET
    @Path("start")
    public Response start(@QueryParam("as") String as) {
        requireEnabled();
        DemoUser user = DemoUser.byLoginHint(as)
                .orElseThrow(() -> ClientError.badRequest("as", "Choose 'student' or 'instructor'."));
        var login = UriBuilder.fromUri(platform.base() + "/lti/login")
                .queryParam("iss", platform.issuer())
                .queryParam("login_hint", user.loginHint())
                .queryParam("target_link_uri", platform.launchUrl())
                .queryParam("lti_message_hint", DemoIdToken.RESOURCE_LINK_ID)
                .queryParam("client_id", DemoPlatform.CLIENT_ID)
                .queryParam("lti_deployment_id", DemoPlatform.DEPLOYMENT_ID)
                .build();
        return Response.seeOther(login).build();
    }

    /**
     * The authorization endpoint (Security Framework §5.1.1.2): checks the authentication request the tool
     * sent and answers with an auto-submitted form carrying the id_token and the state (form_post).
     */
    @GET
    @Path("auth")
    @Produces(MediaType.TEXT_HTML)
    public String authorize(@QueryParam("client_id") String clientId, @QueryParam("redirect_uri") String redirectUri,
            @QueryParam("login_hint") String loginHint, @QueryParam("state") String state,
            @QueryParam("nonce") String nonce, @QueryParam("response_type") String responseType,
            @QueryParam("response_mode") String responseMode, @QueryParam("scope") String scope,
            @QueryParam("prompt") String prompt) {
        requireEnabled();
        require(DemoPlatform.CLIENT_ID.equals(clientId), "client_id", "Unknown client_id.");
        require(platform.launchUrl().equals(redirectUri), "redirect_uri", "redirect_uri is not registered.");
        require("id_token".equals(responseType), "response_type", "response_type must be id_token.");
        require("form_post".equals(responseMode), "response_mode", "response_mode must be form_post.");
        require("openid".equals(scope), "scope", "scope must be openid.");
        require("none".equals(prompt), "prompt", "prompt must be none.");
        require(state != null && !state.isBlank(), "state", "state is missing.");
        require(nonce != null && !nonce.isBlank(), "nonce", "nonce is missing.");
        DemoUser user = DemoUser.byLoginHint(loginHint)
                .orElseThrow(() -> ClientError.badRequest("login_hint", "Unknown login_hint."));
        String idToken = DemoIdToken.sign(platform, user, nonce);
        return autoPost(redirectUri, idToken, state);
    }

    @GET
    @Path("jwks.json")
    @Produces(MediaType.APPLICATION_JSON)
    public String jwks() {
        requireEnabled();
        return platform.publicJwks();
    }

    private static String autoPost(String action, String idToken, String state) {
        String body = "<h1>Opening Recall…</h1>"
                + "<form id=\"lti-launch\" method=\"post\" action=\"" + Page.escape(action) + "\">"
                + "<input type=\"hidden\" name=\"id_token\" value=\"" + Page.escape(idToken) + "\">"
                + "<input type=\"hidden\" name=\"state\" value=\"" + Page.escape(state) + "\">"
                + "<noscript><button type=\"submit\">Continue to Recall</button></noscript>"
                + "</form><script type=\"module\" src=\"/app/js/auto-post.js\"></script>";
        return Page.html("Opening Recall", body);
    }

    private static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw ClientError.badRequest(field, message);
        }
    }

    private void requireEnabled() {
        if (!platform.enabled()) {
            throw new NotFoundException();
        }
    }
}
