package org.recall.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.Optional;
import java.util.TreeSet;
import org.recall.json.Json;
import org.recall.lti.Platform;
import org.recall.lti.http.AllowedOrigins;
import org.recall.store.PlatformTable;
import org.recall.store.ServiceOriginTable;
import org.recall.web.ClientError;
import org.recall.web.JsonBody;

/**
 * {@code /api/admin/platforms/{id}/service-origins}: where the platform's grade and roster services may be
 * called (bearer admin token). {@code GET} answers {@code {"origins": [...], "defaults": true|false}};
 * {@code PUT {"origins": ["https://school.instructure.com", ...]}} replaces the list (an empty list goes back
 * to the defaults: the origins of the issuer and endpoints). An origin is {@code https://host[:port]}; plain
 * http only for a loopback host while Recall itself runs on http.
 */
@Path("api/admin/platforms/{id}/service-origins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ServiceOriginAdminResource {

    static final int MAX_ORIGINS = 20;

    @Inject
    AdminToken adminToken;

    @Inject
    PlatformTable platforms;

    @Inject
    ServiceOriginTable origins;

    @GET
    public String get(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        adminToken.check(authorization);
        return json(existing(id), origins).toString();
    }

    @PUT
    public String put(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id,
            String body) {
        adminToken.check(authorization);
        Platform platform = existing(id);
        JsonValue list = JsonBody.object(body).get("origins");
        if (!(list instanceof JsonArray array) || array.size() > MAX_ORIGINS) {
            throw ClientError.badRequest("origins", "Field 'origins' must be an array of at most " + MAX_ORIGINS
                    + " origins such as https://school.instructure.com.");
        }
        var normalised = new TreeSet<String>();
        for (JsonValue item : array) {
            String text = item instanceof JsonString s ? s.getString().trim() : "";
            normalised.add(origin(text).orElseThrow(() -> ClientError.badRequest("origins", "'" + abbreviated(text)
                    + "' is not an origin Recall may call: write https://host or https://host:port, without a path"
                    + (origins.loopbackHttp() ? " (http only for localhost or 127.0.0.1)." : "."))));
        }
        origins.replace(platform.id(), normalised);
        return json(platform, origins).toString();
    }

    /** {@code {"origins", "defaults"}}, as GET answers and the platform list shows. */
    static jakarta.json.JsonObject json(Platform platform, ServiceOriginTable origins) {
        var current = Json.createArrayBuilder();
        origins.of(platform).origins().stream().sorted().forEach(current::add);
        return Json.createObjectBuilder().add("origins", current)
                .add("defaults", origins.stored(platform.id()).isEmpty()).build();
    }

    private Optional<String> origin(String text) {
        if (text.isEmpty() || text.length() > 300) {
            return Optional.empty();
        }
        Optional<URI> uri = AllowedOrigins.parse(text);
        if (uri.isEmpty() || !(uri.get().getRawPath() == null || uri.get().getRawPath().isEmpty()
                || uri.get().getRawPath().equals("/")) || uri.get().getRawQuery() != null
                || uri.get().getRawFragment() != null) {
            return Optional.empty();
        }
        Optional<String> origin = AllowedOrigins.origin(uri.get());
        AllowedOrigins check = AllowedOrigins.of(origin.stream().toList(), origins.loopbackHttp());
        return origin.filter(o -> check.refusal(uri.get()).isEmpty());
    }

    private static String abbreviated(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }

    private Platform existing(String id) {
        long platformId = PlatformAdminResource.platformId(id);
        return platforms.byId(platformId).orElseThrow(() -> ClientError.notFound("No platform with id " + platformId + "."));
    }
}
