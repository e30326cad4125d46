package org.recall.web.lti;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.recall.audit.Actor;
import org.recall.audit.AuditAction;
import org.recall.audit.AuditLog;
import org.recall.lti.Platform;
import org.recall.lti.registration.IssuerOrigin;
import org.recall.lti.registration.OpenIdConfiguration;
import org.recall.lti.registration.RegistrationAnswer;
import org.recall.lti.registration.RegistrationClient;
import org.recall.lti.registration.RegistrationFailed;
import org.recall.lti.registration.ToolRegistration;
import org.recall.store.PendingRegistrationTable;
import org.recall.store.PlatformTable;
import org.recall.store.RegistrationLinkTable;
import org.recall.store.StoreException;
import org.recall.web.AuditTrail;
import org.recall.web.ClientAddress;
import org.recall.web.Throttle;

/**
 * LTI Dynamic Registration 1.0 (§3): the platform opens {@code GET /lti/register?openid_configuration=…
 * &registration_token=…} (or {@code /lti/register/<link>?…}, from a one-time registration link an administrator
 * made) in a window or iframe; Recall reads the configuration (§3.4-3.5), shows what it will register, and on
 * confirmation ({@code POST /lti/register}) sends its registration (§3.6), stores the answer and ends with the
 * {@code org.imsglobal.lti.close} postMessage (§3.7). A registration from a live link is active at once; any other
 * waits, pending, for an administrator's approval on the admin page, and cannot launch until then. An existing
 * registration is never changed. The platform calls run off the request threads ({@link RegistrationSlots}).
 */
@Path("lti/register")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class RegistrationResource {

    static final String CLIENT_NAME = "Recall";
    static final String DESCRIPTION = "Card review and graded quizzes: decks of cards, study modes and a quiz whose "
            + "score goes to the gradebook.";
    /** Dynamic registrations that may wait for approval at once: more would only fill the admin page. */
    static final int MAX_PENDING = 20;
    private static final Logger LOG = Logger.getLogger(RegistrationResource.class.getName());
    private static final RegistrationClient CLIENT = new RegistrationClient();
    /** Registration starts per client address: 10 at once, then one every 30 seconds. */
    private static final Throttle STARTS = new Throttle(10, Duration.ofSeconds(30));

    @Inject
    PendingRegistrationTable pending;

    @Inject
    PlatformTable platforms;

    @Inject
    RegistrationLinkTable links;

    @Inject
    RegistrationSlots slots;

    @Inject
    ClientAddress clientAddress;

    @Inject
    AuditTrail audit;

    @Inject
    AuditLog auditLog;

    @Inject
    @ToolBase
    URI base;

    /** A registration without a link: once confirmed, it waits for an administrator's approval. */
    @GET
    public void open(@QueryParam("openid_configuration") String configurationUrl,
            @QueryParam("registration_token") String registrationToken, @Context HttpServletRequest request,
            @Suspended AsyncResponse async) {
        start(Optional.empty(), configurationUrl, registrationToken, request, async);
    }

    /** A registration from an administrator's one-time link: active at once. */
    @GET
    @Path("{link}")
    public void fromLink(@PathParam("link") String secret, @QueryParam("openid_configuration") String configurationUrl,
            @QueryParam("registration_token") String registrationToken, @Context HttpServletRequest request,
            @Suspended AsyncResponse async) {
        var link = links.live(secret);
        if (link.isEmpty()) {
            async.resume(failure(new RegistrationFailed(410, RegistrationPolicy.LINK_NOT_LIVE)));
            return;
        }
        start(Optional.of(new RegistrationPolicy.Link(RegistrationLinkTable.hash(secret), link.get().allowOtherOrigins())),
                configurationUrl, registrationToken, request, async);
    }

    private void start(Optional<RegistrationPolicy.Link> link, String configurationUrl, String registrationToken,
            HttpServletRequest request, AsyncResponse async) {
        var wait = STARTS.take(clientAddress.of(request));
        if (wait.isPresent()) {
            async.resume(RegistrationPages.response(429, "Too many registrations", RegistrationPages.failure(
                    RegistrationPolicy.TOO_MANY_STARTS)).header("Retry-After", wait.getAsLong()).build());
            return;
        }
        URI url;
        try {
            url = OpenIdConfiguration.configurationUrl(configurationUrl, allowLoopbackHttp());
            if (registrationToken != null && registrationToken.length() > 4000) {
                throw new RegistrationFailed(400, RegistrationFailed.BAD_CONFIGURATION_URL);
            }
        } catch (RegistrationFailed e) {
            async.resume(failure(e));
            return;
        }
        slots.run(async, () -> show(url, registrationToken, link));
    }

    private Response show(URI url, String registrationToken, Optional<RegistrationPolicy.Link> link) {
        try {
            OpenIdConfiguration platform = CLIENT.configuration(url, allowLoopbackHttp());
            List<String> elsewhere = RegistrationPolicy.check(platform, link);
            String id = pending.add(url.toString(), stored(platform), registrationToken,
                    link.map(RegistrationPolicy.Link::hash).orElse(null));
            return page(200, "Register Recall", RegistrationPages.confirm(platform, tool(), id,
                    RegistrationPolicy.activeAtOnce(link, elsewhere), elsewhere));
        } catch (RegistrationFailed e) {
            return failure(e);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public void confirm(@FormParam("registration") String id, @Suspended AsyncResponse async) {
        AuditTrail.Origin origin = audit.origin(); // the request's addresses, read on the request's thread
        slots.run(async, () -> register(id, origin));
    }

    private Response register(String id, AuditTrail.Origin origin) {
        var registration = pending.take(id);
        if (registration.isEmpty()) {
            return failure(new RegistrationFailed(410, RegistrationFailed.EXPIRED));
        }
        String linkHash = registration.get().linkHash();
        Optional<RegistrationPolicy.Link> link = Optional.empty();
        try {
            if (linkHash != null) {
                var stored = links.byHash(linkHash).filter(l -> links.claim(linkHash))
                        .orElseThrow(() -> new RegistrationFailed(410, RegistrationPolicy.LINK_NOT_LIVE));
                link = Optional.of(new RegistrationPolicy.Link(linkHash, stored.allowOtherOrigins()));
            } else if (platforms.pendingCount() >= MAX_PENDING) {
                throw new RegistrationFailed(503, RegistrationPolicy.TOO_MANY_PENDING);
            }
            URI url = URI.create(registration.get().configurationUrl());
            OpenIdConfiguration platform = OpenIdConfiguration.read(registration.get().configuration(), url, allowLoopbackHttp());
            boolean active = RegistrationPolicy.activeAtOnce(link, RegistrationPolicy.check(platform, link));
            RegistrationAnswer answer = CLIENT.register(platform, registration.get().registrationToken(), tool());
            Platform stored = platforms.addDynamic(new Platform(0, platform.issuer(), answer.clientId(),
                    platform.authorizationEndpoint(), platform.tokenEndpoint(), platform.jwksUri(),
                    answer.deploymentId().map(Set::of).orElse(Set.of()), active))
                    .orElseThrow(() -> new RegistrationFailed(409, RegistrationPolicy.ALREADY_REGISTERED));
            if (linkHash != null) {
                links.spentOn(linkHash, stored.id());
            }
            auditLog.record(origin.entry(Actor.registration(url.toString()), stored.id(), AuditAction.PLATFORM_ADDED,
                    "platform " + stored.id(), "dynamic registration" + (active ? "" : " (waits for approval)") + ": issuer "
                    + stored.issuer() + ", client id " + stored.clientId() + ", deployments " + stored.deploymentIds()),
                    Instant.now());
            if (active) {
                LOG.info(() -> "Dynamic registration stored: platform " + stored.id() + " " + stored.issuer());
            } else {
                LOG.warning(() -> "Dynamic registration of " + stored.issuer() + " (client id " + stored.clientId()
                        + ") waits for approval on the admin page: platform " + stored.id());
            }
            return page(200, active ? "Recall is registered" : "Recall's registration waits for approval",
                    RegistrationPages.done(stored, answer.deploymentId().isPresent()));
        } catch (RegistrationFailed e) {
            release(link);
            return failure(e);
        } catch (StoreException e) {
            release(link);
            LOG.warning(() -> "Dynamic registration not stored: " + e.getMessage());
            return page(503, "Recall cannot register now", RegistrationPages.failure(
                    "Recall could not store the registration (database unavailable). The platform may show Recall "
                    + "as registered: remove it there and start again in a few minutes."));
        }
    }

    private void release(Optional<RegistrationPolicy.Link> link) {
        link.ifPresent(l -> links.release(l.hash()));
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
        return RegistrationPages.response(status, title, body).build();
    }
}
