package org.recall.web.teach;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.recall.deck.DeckAuthor;
import org.recall.deck.DeckDraft;
import org.recall.deck.DeckError;
import org.recall.deck.DeckVersion;
import org.recall.json.Json;

/**
 * The editor's JSON: drafts, deck versions with who made them and when, and a draft's errors by JSON path.
 * A person is {@code {"name", "sub"}} ({@code name} left out when the platform shared none), or
 * {@code {"admin": true}}; people of another platform are {@code {"otherPlatform": true}}: one school's
 * teachers are not named to another's.
 */
final class DraftJson {

    private DraftJson() {
    }

    static JsonObjectBuilder summary(DeckDraft draft) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", draft.id()).add("title", draft.title())
                .add("revision", draft.revision())
                .add("createdBy", person(draft.createdBy(), draft.platformId())).add("createdAt", draft.createdAt().toString())
                .add("updatedBy", person(draft.updatedBy(), draft.platformId())).add("updatedAt", draft.updatedAt().toString());
        draft.deck().ifPresentOrElse(id -> json.add("deckId", id.value()), () -> json.addNull("deckId"));
        if (draft.copiedFrom() != null) {
            json.add("copiedFrom", draft.copiedFrom().value());
        }
        if (draft.baseVersion() == null) {
            json.addNull("baseVersion");
        } else {
            json.add("baseVersion", draft.baseVersion());
        }
        return json;
    }

    static JsonObjectBuilder full(DeckDraft draft, JsonObject document, List<DeckError> errors, List<DeckVersion> versions,
            boolean retired) {
        return summary(draft).add("document", document).add("errors", errors(errors))
                .add("versions", versions(versions, draft.platformId())).add("retired", retired);
    }

    static JsonArrayBuilder errors(List<DeckError> errors) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        errors.forEach(e -> list.add(Json.createObjectBuilder().add("path", e.path()).add("reason", e.reason())));
        return list;
    }

    static JsonArrayBuilder versions(List<DeckVersion> versions, long viewerPlatform) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        versions.forEach(v -> list.add(version(v, viewerPlatform)));
        return list;
    }

    static JsonObjectBuilder version(DeckVersion v, long viewerPlatform) {
        return Json.createObjectBuilder().add("version", v.version()).add("title", v.title())
                .add("status", v.status().name())
                .add("createdBy", person(new DeckAuthor(v.uploadedBy(), v.uploadedByName(), v.platformId()), viewerPlatform))
                .add("createdAt", v.uploadedAt().toString());
    }

    static JsonObjectBuilder person(DeckAuthor author, long viewerPlatform) {
        if (author.isAdmin()) {
            return Json.createObjectBuilder().add("admin", true);
        }
        if (author.platformId() != viewerPlatform) {
            return Json.createObjectBuilder().add("otherPlatform", true);
        }
        JsonObjectBuilder json = Json.createObjectBuilder().add("sub", author.sub());
        if (author.name() != null) {
            json.add("name", author.name());
        }
        return json;
    }
}
