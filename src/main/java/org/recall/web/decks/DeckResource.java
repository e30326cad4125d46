package org.recall.web.decks;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recall.web.ClientError;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.recall.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.QueryParam;
import org.recall.deck.DeckJson;
import org.recall.deck.Deck;
import org.recall.deck.DeckId;
import org.recall.deck.DeckUser;
import org.recall.deck.Decks;

/**
 * The read-only deck API, without answer keys: {@code GET /api/decks} lists the decks that can be chosen
 * (built-in and active uploaded ones; a deck an instructor uploaded only for the sessions of its platform and
 * the admin token), {@code GET /api/decks/{id}} returns one (an uploaded deck's latest
 * active version), {@code GET /api/decks/{id}?version=n} version n of an uploaded deck, retired or not, as
 * an activity created with it serves it ({@code deckVersion} of {@code GET /api/study/session}).
 */
@Tag(name = "decks")
@Path("api/decks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeckResource {

    @Inject
    Decks decks;

    @Inject
    DeckUsers users;

    /** Built-in and shared decks for anyone; with a study session, also the decks of its platform. */
    @GET
    public String list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        var list = Json.createArrayBuilder();
        decks.summaries(users.of(authorization)).forEach(list::add);
        return list.build().toString();
    }

    @GET
    @Path("{id}")
    public String deck(@PathParam("id") String id, @QueryParam("version") String version,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        DeckUser user = users.of(authorization);
        var found = version == null || version.isBlank() ? decks.find(id, user)
                : DeckId.isValid(id) ? decks.find(new DeckId(id), versionNumber(version), user)
                : java.util.Optional.<Deck>empty();
        return found
                .map(deck -> DeckJson.of(deck.publicView()).build().toString())
                .orElseThrow(() -> ClientError.notFound("There is no deck with id '" + id + "'"
                        + (version == null || version.isBlank() ? "." : " and version " + version + ".")));
    }

    private static int versionNumber(String text) {
        try {
            int version = Integer.parseInt(text.trim());
            if (version >= 1) {
                return version;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ClientError.badRequest("version", "The version must be a whole number from 1.");
    }
}
