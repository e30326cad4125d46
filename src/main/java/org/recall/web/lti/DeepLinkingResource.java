package org.recall.web.lti;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.recall.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.recall.deck.DeckUser;
import org.recall.deck.Decks;
import org.recall.lti.Platform;
import org.recall.lti.claims.DeepLinkingSettingsClaim;
import org.recall.lti.deeplinking.AcceptRules;
import org.recall.lti.deeplinking.ContentItemsRefused;
import org.recall.lti.deeplinking.DeepLinkingResponse;
import org.recall.lti.deeplinking.ResourceLinkItem;
import org.recall.lti.keys.ToolKeys;
import org.recall.session.LaunchRecord;
import org.recall.session.SessionToken;
import org.recall.session.StudySession;
import org.recall.store.PlatformTable;
import org.recall.web.ClientError;
import org.recall.web.JsonBody;

/**
 * The deep linking picker's API (Deep Linking 2.0 §4.4-4.5), for the instructor of a deep linking launch:
 * {@code GET /api/deep-linking} tells the page what the platform accepts; {@code POST /api/deep-linking/response}
 * checks the choice against it and answers {@code {returnUrl, jwt, autoCreate}}, the signed response the page
 * form-posts (field {@code JWT}) to the platform's {@code deep_link_return_url}.
 */
@Path("api/deep-linking")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeepLinkingResource {

    static final String NOT_DEEP_LINKING =
            "This page belongs to a content selection (deep linking) launch; open it again from your course.";

    @Inject
    SessionToken sessions;

    @Inject
    PlatformTable platforms;

    @Inject
    ToolKeys keys;

    @Inject
    Decks decks;

    @Inject
    @ToolBase
    URI base;

    @GET
    public String request(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        StudySession session = sessions.requireInstructor(authorization);
        DeepLinkingSettingsClaim settings = settings(session);
        var types = Json.createArrayBuilder();
        settings.acceptTypes().forEach(types::add);
        return Json.createObjectBuilder()
                .add("course", session.text(LaunchRecord.CONTEXT_TITLE).orElse(""))
                .add("locale", session.locale())
                .add("acceptTypes", types)
                .add("acceptsResourceLink", settings.acceptTypes().contains(ResourceLinkItem.TYPE))
                .add("acceptMultiple", settings.acceptMultiple())
                .add("autoCreate", settings.autoCreate())
                .add("acceptLineItem", settings.acceptLineItem())
                .build().toString();
    }

    @POST
    @Path("response")
    @Consumes(MediaType.APPLICATION_JSON)
    public String respond(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        StudySession session = sessions.requireInstructor(authorization);
        DeepLinkingSettingsClaim settings = settings(session);
        DeepLinkingChoice choice = DeepLinkingChoice.read(JsonBody.object(body), decks,
                DeckUser.platform(session.platformId()));
        List<ResourceLinkItem> items = List.of(choice.toItem(base.resolve("/lti/launch")));
        try {
            AcceptRules.check(settings, items);
        } catch (ContentItemsRefused refused) {
            throw new ClientError(409, refused.getMessage(), refused.getMessage()
                    .equals(ContentItemsRefused.LINE_ITEM_NOT_ACCEPTED) ? DeepLinkingChoice.POINTS : null);
        }
        Platform platform = platforms.byId(session.platformId())
                .orElseThrow(() -> new ClientError(401, NOT_DEEP_LINKING));
        var to = new DeepLinkingResponse.Addressee(platform.clientId(), platform.issuer(), session.deploymentId(),
                settings.data());
        String jwt = DeepLinkingResponse.sign(keys.signingKey(), to, items, Instant.now());
        return Json.createObjectBuilder()
                .add("returnUrl", settings.deepLinkReturnUrl().toString())
                .add("jwt", jwt)
                .add("autoCreate", AcceptRules.createsWithoutConfirmation(settings))
                .build().toString();
    }

    /** The request's deep linking settings as the launch stored them ({@link LaunchRecord#DEEP_LINKING}). */
    static DeepLinkingSettingsClaim settings(StudySession session) {
        JsonObject dl = session.launch().getJsonObject(LaunchRecord.DEEP_LINKING);
        if (dl == null || !dl.containsKey("returnUrl")) {
            throw new ClientError(409, NOT_DEEP_LINKING);
        }
        List<String> types = dl.getJsonArray("acceptTypes").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
        Optional<String> data = dl.containsKey("data") && !dl.isNull("data")
                ? Optional.of(dl.getString("data")) : Optional.empty();
        return new DeepLinkingSettingsClaim(URI.create(dl.getString("returnUrl")), types,
                dl.getBoolean("acceptMultiple", false), dl.getBoolean("autoCreate", false),
                dl.getBoolean("acceptLineItem", false), data);
    }
}
