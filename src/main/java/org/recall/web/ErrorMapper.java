package org.recall.web;

import org.recall.json.Json;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.recall.activity.ActivityRefused;
import org.recall.deck.DeckFormatException;
import org.recall.quiz.QuizRefusal;
import org.recall.store.StoreException;

/**
 * Every failure becomes a clear answer, never a stack trace: JSON {@code {"error", "field"}} for the
 * API and for clients that ask for JSON, a short HTML page for browsers.
 */
@Provider
public class ErrorMapper implements ExceptionMapper<Throwable> {

    static final int MAX_DECK_ERRORS = 1000;

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable failure) {
        BodyRefused body = BodyRefused.in(failure);
        if (body != null) {
            return answer(body.status(), body.getMessage(), null);
        }
        if (failure instanceof TooManyRequests tooMany) {
            return Response.fromResponse(answer(429, tooMany.getMessage(), null))
                    .header("Retry-After", tooMany.retryAfterSeconds()).build();
        }
        if (failure instanceof ClientError error) {
            return answer(error.status(), error.getMessage(), error.field());
        }
        if (failure instanceof QuizRefusal refusal) {
            return answer(refusal.reason().status(), refusal.getMessage(), refusal.field());
        }
        if (failure instanceof ActivityRefused refused) {
            return answer(refused.status(), refused.getMessage(), null);
        }
        if (failure instanceof DeckFormatException invalid) {
            return deckErrors(invalid);
        }
        if (failure instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status >= 500) {
                LOG.log(Level.SEVERE, "Request failed", failure);
            }
            return answer(status, messageFor(status), null);
        }
        if (failure instanceof StoreException) {
            LOG.log(Level.WARNING, "Database unavailable", failure);
            return answer(503, "Recall cannot reach its database right now. Please try again in a minute.", null);
        }
        LOG.log(Level.SEVERE, "Unexpected failure", failure);
        return answer(500, "Something went wrong on Recall's side. Please try again; if it keeps happening, "
                + "tell your course administrator.", null);
    }

    /** 400 with every rule the uploaded deck breaks, by JSON path or CSV row and column; nothing was stored. */
    private static Response deckErrors(DeckFormatException invalid) {
        var list = Json.createArrayBuilder();
        invalid.errors().stream().limit(MAX_DECK_ERRORS)
                .forEach(e -> list.add(Json.createObjectBuilder().add("path", e.path()).add("reason", e.reason())));
        int count = invalid.errors().size();
        String message = "The deck was not stored: " + (count == 1 ? "1 error" : count + " errors")
                + (count > MAX_DECK_ERRORS ? " (the first " + MAX_DECK_ERRORS + " listed)." : ".");
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Json.createObjectBuilder().add("error", message).add("errors", list).build().toString()).build();
    }

    private static String messageFor(int status) {
        return switch (status) {
            case 400 -> "The request was malformed.";
            case 401 -> "You need to sign in to do this.";
            case 403 -> "You are not allowed to do this.";
            case 404 -> "There is nothing here.";
            case 405 -> "This address does not accept that method.";
            case 406, 415 -> "This address does not accept that format.";
            default -> "The request could not be served.";
        };
    }

    private Response answer(int status, String message, String field) {
        if (wantsJson()) {
            var json = Json.createObjectBuilder().add("error", message);
            if (field != null) {
                json.add("field", field);
            }
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(json.build().toString()).build();
        }
        String body = "<h1>" + Page.escape(titleFor(status)) + "</h1><p role=\"alert\">" + Page.escape(message) + "</p>";
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Page.html(titleFor(status), body)).build();
    }

    private static String titleFor(int status) {
        return status >= 500 ? "Recall is unavailable" : "Recall cannot do this";
    }

    private boolean wantsJson() {
        String path = uri == null ? "" : uri.getPath();
        if (path.startsWith("api/") || path.startsWith("/api/")) {
            return true;
        }
        return headers != null && headers.getAcceptableMediaTypes().stream()
                .anyMatch(type -> type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType());
    }
}
