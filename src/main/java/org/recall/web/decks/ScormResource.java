package org.recall.web.decks;

import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recall.web.ClientError;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.recall.deck.Deck;
import org.recall.deck.DeckUser;
import org.recall.deck.Decks;
import org.recall.scorm.ScormPackage;
import org.recall.scorm.ScormVersion;

/**
 * {@code GET /api/decks/{id}/scorm?version=1.2|2004}: the SCORM package of a deck, built on the fly
 * from the deployed study UI ({@code /app/}) and {@code WEB-INF/scorm-package/}, the same sources
 * and code as the build's {@code target/scorm/} zips. For an instructor's study session or the admin
 * token: the package holds the quiz's answer key, so a deck an instructor uploaded is for its own platform
 * and the administrator only (404 to others).
 */
@Tag(name = "decks")
@SecurityRequirement(name = "adminToken")
@SecurityRequirement(name = "studySession")
@Path("api/decks/{id}/scorm")
@RequestScoped
public class ScormResource {

    @Inject
    Decks decks;

    @Inject
    DeckUsers users;

    @Context
    ServletContext servletContext;

    @GET
    public Response scorm(@PathParam("id") String id, @QueryParam("version") String version,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        DeckUser user = users.instructorOrAdmin(authorization);
        ScormVersion scormVersion = ScormVersion.fromParameter(version).orElseThrow(() -> ClientError.badRequest("version",
                "Ask for version=1.2 (SCORM 1.2) or version=2004 (SCORM 2004 4th Edition)."));
        // The package holds the answer key: only for those who may use the deck (issue 17, finding 4).
        Deck deck = decks.find(id, user).orElseThrow(() -> ClientError.notFound("There is no deck with id '" + id + "'."));
        var packages = new ScormPackage(new ServletFiles(servletContext, "/app/"),
                new ServletFiles(servletContext, "/WEB-INF/scorm-package/"), new ServletFiles(servletContext, "/WEB-INF/pages/"));
        StreamingOutput zip = out -> packages.write(deck, scormVersion, out);
        return Response.ok(zip, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + ScormPackage.fileName(deck, scormVersion) + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
