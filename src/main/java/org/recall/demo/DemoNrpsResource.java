package org.recall.demo;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.recall.json.Json;
import org.recall.lti.nrps.NrpsClient;

/**
 * The demo platform's Names and Role Provisioning Service 2.0 (§2.3 context membership container): the
 * members of the demo course, the demo student and instructor, with names, emails, subjects and full role
 * URIs, for a bearer token the demo token endpoint issued with the NRPS scope. One page: the course is
 * small. 404 unless the demo is switched on.
 */
@Path("demo")
@RequestScoped
public class DemoNrpsResource {

    @Inject
    DemoPlatform platform;

    @Inject
    DemoTokenEndpoint tokens;

    /**
     * No {@code @Produces}: content negotiation would answer 406 before the demo-off 404 and the token
     * check; every answer that gets through is the NRPS media type.
     */
    @GET
    @Path("memberships")
    public Response memberships(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (!platform.enabled()) {
            throw new NotFoundException();
        }
        tokens.requireScope(authorization, NrpsClient.SCOPE);
        return Response.ok(container(), NrpsClient.MEDIA_TYPE).build();
    }

    String container() {
        var members = Json.createArrayBuilder();
        for (DemoUser user : DemoUser.values()) {
            var roles = Json.createArrayBuilder();
            user.roles().forEach(roles::add);
            members.add(Json.createObjectBuilder()
                    .add("status", "Active")
                    .add("name", user.name)
                    .add("given_name", user.givenName)
                    .add("family_name", user.familyName)
                    .add("email", user.email)
                    .add("user_id", user.subject)
                    .add("roles", roles));
        }
        return Json.createObjectBuilder()
                .add("id", platform.membershipsUrl())
                .add("context", Json.createObjectBuilder()
                        .add("id", DemoIdToken.CONTEXT_ID)
                        .add("label", DemoIdToken.CONTEXT_LABEL)
                        .add("title", DemoIdToken.CONTEXT_TITLE))
                .add("members", members)
                .build().toString();
    }
}
