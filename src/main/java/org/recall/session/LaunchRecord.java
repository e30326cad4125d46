package org.recall.session;

import org.recall.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Optional;
import org.recall.lti.claims.AgsEndpointClaim;
import org.recall.lti.claims.DeepLinkingSettingsClaim;
import org.recall.lti.launch.Launch;

/** Writes the parts of a validated launch that Recall keeps with the session, as one JSON object. */
public final class LaunchRecord {

    public static final String NAME = "name";
    public static final String EMAIL = "email";
    public static final String CONTEXT_TITLE = "contextTitle";
    public static final String RESOURCE_LINK_TITLE = "resourceLinkTitle";
    public static final String LOCALE = "locale";
    public static final String RETURN_URL = "returnUrl";
    public static final String CUSTOM = "custom";
    public static final String AGS = "ags";
    public static final String NRPS_URL = "nrpsUrl";
    public static final String DEEP_LINKING = "deepLinking";
    public static final String PLATFORM_ISSUER = "platformIssuer";

    private LaunchRecord() {
    }

    public static JsonObject of(Launch launch) {
        var json = Json.createObjectBuilder();
        json.add(PLATFORM_ISSUER, launch.platform().issuer());
        put(json, NAME, launch.name().or(() -> launch.givenName().map(g -> g + launch.familyName().map(f -> " " + f).orElse(""))));
        put(json, EMAIL, launch.email());
        put(json, CONTEXT_TITLE, launch.context().flatMap(c -> c.title().or(c::label)));
        put(json, RESOURCE_LINK_TITLE, launch.resourceLink().flatMap(r -> r.title()));
        put(json, LOCALE, launch.locale());
        put(json, RETURN_URL, launch.returnUrl().map(Object::toString));
        var custom = Json.createObjectBuilder();
        launch.custom().forEach(custom::add);
        json.add(CUSTOM, custom);
        launch.gradeService().ifPresent(ags -> json.add(AGS, ags(ags)));
        launch.rosterService().ifPresent(nrps -> json.add(NRPS_URL, nrps.contextMembershipsUrl().toString()));
        launch.deepLinking().ifPresent(dl -> json.add(DEEP_LINKING, deepLinking(dl)));
        return json.build();
    }

    private static JsonObjectBuilder ags(AgsEndpointClaim ags) {
        JsonArrayBuilder scopes = Json.createArrayBuilder();
        ags.scopes().forEach(scopes::add);
        var json = Json.createObjectBuilder().add("scopes", scopes);
        ags.lineItems().ifPresent(u -> json.add("lineitems", u.toString()));
        ags.lineItem().ifPresent(u -> json.add("lineitem", u.toString()));
        return json;
    }

    private static JsonObjectBuilder deepLinking(DeepLinkingSettingsClaim dl) {
        JsonArrayBuilder types = Json.createArrayBuilder();
        dl.acceptTypes().forEach(types::add);
        var json = Json.createObjectBuilder()
                .add("returnUrl", dl.deepLinkReturnUrl().toString())
                .add("acceptTypes", types)
                .add("acceptMultiple", dl.acceptMultiple())
                .add("autoCreate", dl.autoCreate())
                .add("acceptLineItem", dl.acceptLineItem());
        dl.data().ifPresent(d -> json.add("data", d));
        return json;
    }

    private static void put(JsonObjectBuilder json, String name, Optional<String> value) {
        value.ifPresent(v -> json.add(name, v));
    }
}
