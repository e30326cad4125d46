package org.recall.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.recall.deck.Decks;

/** The read-only deck API: {@code GET /api/decks} and {@code GET /api/decks/{id}}, without answer keys. */
@Path("api/decks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeckResource {

    @Inject
    Decks decks;

    @GET
    public String list() {
        var list = Json.createArrayBuilder();
        decks.all().forEach(deck -> list.add(DeckJson.summary(deck)));
        return list.build().toString();
    }

    @GET
    @Path("{id}")
    public String deck(@PathParam("id") String id) {
        return decks.find(id)
                .map(deck -> DeckJson.of(deck.publicView()).build().toString())
                .orElseThrow(() -> ClientError.notFound("There is no deck with id '" + id + "'."));
    }
}
