package org.recall.demo;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.recall.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.recall.lti.ags.AgsMediaType;
import org.recall.lti.ags.AgsScope;
import org.recall.web.ClientError;

/**
 * The demo platform's Assignment and Grade Services (AGS 2.0 §3.2 line items, §3.4 scores, §3.3 results)
 * and its token endpoint: what Recall's grade delivery talks to when launched from {@code /demo}.
 */
@Path("demo")
@RequestScoped
public class DemoAgsResource {

    @Inject
    DemoPlatform platform;

    @Inject
    DemoTokenEndpoint tokens;

    @Inject
    DemoGradebook gradebook;

    @POST
    @Path("token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public String token(@FormParam("grant_type") String grantType,
            @FormParam("client_assertion_type") String assertionType,
            @FormParam("client_assertion") String assertion, @FormParam("scope") String scope) {
        requireEnabled();
        var json = Json.createObjectBuilder();
        tokens.token(grantType, assertionType, assertion, scope).forEach((k, v) -> {
            if (v instanceof Number n) {
                json.add(k, n.longValue());
            } else {
                json.add(k, String.valueOf(v));
            }
        });
        return json.build().toString();
    }

    @GET
    @Path("lineitems")
    @Produces(AgsMediaType.LINEITEM_CONTAINER)
    public String lineItems(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        requireEnabled();
        tokens.requireScope(authorization, AgsScope.LINEITEM_READONLY);
        return Json.createArrayBuilder().add(lineItem()).build().toString();
    }

    @GET
    @Path("lineitems/{id}")
    @Produces(AgsMediaType.LINEITEM)
    public String lineItem(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        requireEnabled();
        requireLineItem(id);
        tokens.requireScope(authorization, AgsScope.LINEITEM_READONLY);
        return lineItem().build().toString();
    }

    @POST
    @Path("lineitems/{id}/scores")
    @Consumes(AgsMediaType.SCORE)
    public Response score(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id,
            String body) {
        requireEnabled();
        requireLineItem(id);
        tokens.requireScope(authorization, AgsScope.SCORE);
        DemoGradebook.Entry score = readScore(body);
        if (!gradebook.accept(score)) {
            return Response.status(409).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity("{\"error\":\"A score with a later timestamp is already stored.\"}").build();
        }
        return Response.noContent().build();
    }

    @GET
    @Path("lineitems/{id}/results")
    @Produces(AgsMediaType.RESULT_CONTAINER)
    public String results(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        requireEnabled();
        requireLineItem(id);
        tokens.requireScope(authorization, AgsScope.RESULT_READONLY);
        var list = Json.createArrayBuilder();
        for (DemoGradebook.Entry entry : gradebook.all()) {
            var result = Json.createObjectBuilder()
                    .add("id", lineItemUrl() + "/results/" + entry.userId())
                    .add("scoreOf", lineItemUrl())
                    .add("userId", entry.userId());
            if (entry.scoreGiven() != null) {
                result.add("resultScore", entry.scoreGiven()).add("resultMaximum", entry.scoreMaximum());
            }
            list.add(result);
        }
        return list.build().toString();
    }

    private JsonObjectBuilder lineItem() {
        return Json.createObjectBuilder()
                .add("id", lineItemUrl())
                .add("scoreMaximum", DemoGradebook.SCORE_MAXIMUM)
                .add("label", DemoGradebook.LABEL)
                .add("resourceLinkId", DemoIdToken.RESOURCE_LINK_ID);
    }

    String lineItemUrl() {
        return platform.base() + "/demo/lineitems/" + DemoGradebook.LINE_ITEM_ID;
    }

    private static DemoGradebook.Entry readScore(String body) {
        JsonObject json;
        try (var reader = Json.createReader(new StringReader(body == null ? "" : body))) {
            json = reader.readObject();
        } catch (RuntimeException e) {
            throw ClientError.badRequest(null, "The score is not a JSON object.");
        }
        String userId = text(json, "userId");
        if (userId == null) {
            throw ClientError.badRequest("userId", "userId is required.");
        }
        Instant timestamp;
        try {
            timestamp = OffsetDateTime.parse(String.valueOf(text(json, "timestamp"))).toInstant();
        } catch (DateTimeParseException e) {
            throw ClientError.badRequest("timestamp", "timestamp must be ISO 8601 with an offset.");
        }
        Double given = number(json, "scoreGiven");
        Double maximum = number(json, "scoreMaximum");
        if (given != null && maximum == null) {
            throw ClientError.badRequest("scoreMaximum", "scoreMaximum is required with scoreGiven.");
        }
        return new DemoGradebook.Entry(userId, given, maximum, text(json, "activityProgress"),
                text(json, "gradingProgress"), text(json, "comment"), timestamp, Instant.now());
    }

    private static String text(JsonObject json, String name) {
        JsonValue value = json.get(name);
        return value instanceof JsonString s ? s.getString() : null;
    }

    private static Double number(JsonObject json, String name) {
        JsonValue value = json.get(name);
        return value instanceof JsonNumber n ? n.doubleValue() : null;
    }

    private static void requireLineItem(String id) {
        if (!DemoGradebook.LINE_ITEM_ID.equals(id)) {
            throw new NotFoundException();
        }
    }

    private void requireEnabled() {
        if (!platform.enabled()) {
            throw new NotFoundException();
        }
    }
}
