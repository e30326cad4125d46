package org.recall.web.study;

import org.recall.web.JsonBody;
import jakarta.json.JsonObject;
import org.recall.web.ClientError;

/** Reads the {@code cardId} of a rating body: a card of the visit's deck, else 400 naming the field. */
final class CardIds {

    private CardIds() {
    }

    static String require(StudyVisit visit, JsonObject json) {
        String cardId = JsonBody.requiredText(json, "cardId", 64);
        if (!visit.cardIds().contains(cardId)) {
            throw ClientError.badRequest("cardId", "There is no card '" + cardId + "' in this deck.");
        }
        return cardId;
    }
}
