package org.recall.web.lti;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.recall.audit.AuditAction;
import org.recall.lti.Platform;
import org.recall.lti.registration.OpenIdConfiguration;
import org.recall.lti.registration.RegistrationAnswer;
import org.recall.lti.registration.RegistrationClient;
import org.recall.lti.registration.RegistrationFailed;
import org.recall.lti.registration.ToolRegistration;
import org.recall.store.PendingRegistrationTable;
import org.recall.store.PlatformTable;
import org.recall.store.StoreException;
import org.recall.web.AuditTrail;
import org.recall.web.Page;

/**
 * LTI Dynamic Registration 1.0 (§3): the platform opens {@code GET /lti/register?openid_configuration=…
 * &registration_token=…} in a window or iframe; Recall reads the configuration (§3.4-3.5), shows the admin
 * what it will register, and on confirmation ({@code POST /lti/register}) sends its registration (§3.6),
 * stores the answer in one transaction and ends with the {@code org.imsglobal.lti.close} postMessage (§3.7).
 * Every failure is a short page saying what happened; nothing is stored unless the platform accepted.
 */
@Path("lti/register")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class RegistrationResource {

    static final String CLIENT_NAME = "Recall";
    static final String DESCRIPTION = "Card review and graded quizzes: decks of cards, study modes and a quiz whose "
            + "score goes to the gradebook.";
    private static final Logger LOG = Logger.getLogger(RegistrationResource.class.getName());
    private static final RegistrationClient CLIENT = new RegistrationClient();

    @Inject
    PendingRegistrationTable pending;

    @Inject
    PlatformTable platforms;

    @Inject
    AuditTrail audit;

    @Inject
    @ToolBase
    URI base;

    @GET
    public Response show(@QueryParam("openid_configuration") String configurationUrl,
            @QueryParam("registration_token") String registrationToken) {
        try {
            URI url = OpenIdConfiguration.configurationUrl(configurationUrl, allowLoopbackHttp());
            if (registrationToken != null && registrationToken.length() > 4000) {
                throw new RegistrationFailed(400, RegistrationFailed.BAD_CONFIGURATION_URL);
            }
            OpenIdConfiguration platform = CLIENT.configuration(url, allowLoopbackHttp());
            String id = pending.add(url.toString(), stored(platform), registrationToken);
            return page(200, "Register Recall", RegistrationPages.confirm(platform, tool(), id));
        } catch (RegistrationFailed e) {
            return failure(e);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@FormParam("registration") String id) {
        try {
            var registration = pending.take(id)
                    .orElseThrow(() -> new RegistrationFailed(410, RegistrationFailed.EXPIRED));
            URI url = URI.create(registration.configurationUrl());
            OpenIdConfiguration platform = OpenIdConfiguration.read(registration.configuration(), url, allowLoopbackHttp());
            RegistrationAnswer answer = CLIENT.register(platform, registration.registrationToken(), tool());
            Platform stored = platforms.register(new Platform(0, platform.issuer(), answer.clientId(),
                    platform.authorizationEndpoint(), platform.tokenEndpoint(), platform.jwksUri(),
                    answer.deploymentId().map(Set::of).orElse(Set.of())));
            LOG.info(() -> "Dynamic registration stored: platform " + stored.id() + " " + stored.issuer());
            audit.registration(registration.configurationUrl(), stored.id(), AuditAction.PLATFORM_ADDED,
                    "platform " + stored.id(), "dynamic registration: issuer " + stored.issuer() + ", client id "
                    + stored.clientId() + ", deployments " + stored.deploymentIds());
            return page(200, "Recall is registered", RegistrationPages.done(stored, answer.deploymentId().isPresent()));
        } catch (RegistrationFailed e) {
            return failure(e);
        } catch (StoreException e) {
            LOG.warning(() -> "Dynamic registration not stored: " + e.getMessage());
            return page(503, "Recall cannot register now", RegistrationPages.failure(
                    "Recall could not store the registration (database unavailable). The platform may show Recall "
                    + "as registered: remove it there and start again in a few minutes."));
        }
    }

    private ToolRegistration tool() {
        return new ToolRegistration(base, CLIENT_NAME, DESCRIPTION);
    }

    /** Plain-http platforms on this machine only when Recall itself runs on plain http (development, tests). */
    private boolean allowLoopbackHttp() {
        return "http".equals(base.getScheme());
    }

    private static String stored(OpenIdConfiguration c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("issuer", c.issuer());
        json.put("authorization_endpoint", c.authorizationEndpoint().toString());
        json.put("token_endpoint", c.tokenEndpoint().toString());
        json.put("jwks_uri", c.jwksUri().toString());
        json.put("registration_endpoint", c.registrationEndpoint().toString());
        Map<String, Object> lti = new LinkedHashMap<>();
        c.productFamily().ifPresent(f -> lti.put("product_family_code", f));
        c.version().ifPresent(v -> lti.put("version", v));
        json.put(OpenIdConfiguration.PLATFORM_CONFIGURATION, lti);
        return JSONObjectUtils.toJSONString(json);
    }

    private static Response failure(RegistrationFailed e) {
        return page(e.status(), "Recall could not be registered", RegistrationPages.failure(e.getMessage()));
    }

    private static Response page(int status, String title, String body) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Page.html(title, body))
                .header("Cache-Control", "no-store")
                .build();
    }
}
