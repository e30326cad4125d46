package org.recall.web.site;

import org.recall.web.Page;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The plain page at {@code /}: what Recall is, and where to go next. */
@Path("/")
@jakarta.enterprise.context.RequestScoped
public class LandingPage {

    @Inject
    @ConfigProperty(name = "recall.demo", defaultValue = "false")
    boolean demo;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String show() {
        var body = new StringBuilder()
                .append("<h1>Recall</h1>")
                .append("<p>Card review and graded quizzes inside your course. Recall is an LTI 1.3 tool: ")
                .append("Moodle, Canvas or any LTI 1.3 platform launches it, students review a deck of cards ")
                .append("and take a quiz, and the score goes to the course gradebook.</p>")
                .append("<ul>");
        if (demo) {
            body.append("<li><a href=\"/demo\">Try it with the built-in demo platform</a></li>");
        }
        body.append("<li><a href=\"/api/decks\">Decks served</a></li>")
                .append("<li><a href=\"/lti/config/canvas.json\">Canvas configuration</a></li>")
                .append("<li><a href=\"/.well-known/jwks.json\">Tool public keys (JWKS)</a></li>")
                .append("<li><a href=\"/health\">Health</a></li>")
                .append("</ul>");
        return Page.html("Recall", body.toString());
    }
}
