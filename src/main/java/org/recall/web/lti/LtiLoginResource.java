package org.recall.web.lti;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.recall.lti.launch.LaunchError;
import org.recall.lti.launch.LaunchException;
import org.recall.lti.login.LoginInitiation;
import org.recall.lti.login.LoginRedirect;
import org.recall.metrics.Metrics;
import org.recall.web.ClientAddress;

/**
 * OIDC third-party initiated login (LTI 1.3 Core §4.1, Security Framework §5.1.1): the platform sends
 * the browser here by GET or POST; Recall answers with the authentication request to the platform.
 */
@Path("lti/login")
@ApplicationScoped
public class LtiLoginResource {

    /** The login parameters LTI 1.3 defines; anything else a platform adds is ignored. */
    private static final String[] PARAMETERS = {"iss", "login_hint", "target_link_uri", "lti_message_hint",
        "client_id", "lti_deployment_id", "lti_storage_target"};

    @Inject
    LoginInitiation initiation;

    @Inject
    LoginRequests requests;

    @Inject
    @ToolBase
    URI base;

    @Inject
    LaunchPages pages;

    @Inject
    Metrics metrics;

    @Inject
    LoginLimits limits;

    @Inject
    ClientAddress clientAddress;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response get(@Context UriInfo uri, @Context HttpServletRequest request, @Context HttpHeaders headers) {
        return login(uri.getQueryParameters(), request, headers);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response post(MultivaluedMap<String, String> form, @Context HttpServletRequest request,
            @Context HttpHeaders headers) {
        return login(form, request, headers);
    }

    /** Starts the same login again, in the new window the "open in a new window" page opened. */
    @GET
    @Path("again/{state}")
    @Produces(MediaType.TEXT_HTML)
    public Response again(@PathParam("state") String state, @Context HttpServletRequest request,
            @Context HttpHeaders headers) {
        var parameters = requests.find(state);
        if (parameters.isEmpty()) {
            return pages.refused(410, "This launch is too old to be opened again. Go back to your course and "
                    + "open the activity again.");
        }
        var fresh = new LinkedHashMap<>(parameters.get());
        fresh.remove("lti_storage_target"); // a top-level window has its own cookies, and no platform frame
        return login(fresh, request, headers);
    }

    private Response login(MultivaluedMap<String, String> raw, HttpServletRequest request, HttpHeaders headers) {
        var parameters = new LinkedHashMap<String, String>();
        for (String name : PARAMETERS) {
            String value = raw.getFirst(name);
            if (value != null) {
                parameters.put(name, value);
            }
        }
        return login(parameters, request, headers);
    }

    private Response login(Map<String, String> parameters, HttpServletRequest request, HttpHeaders headers) {
        var wait = limits.take(clientAddress.of(request));
        if (wait.isPresent()) {
            metrics.login(LaunchError.TOO_MANY_LOGINS);
            return Response.fromResponse(pages.refused(429, LaunchError.TOO_MANY_LOGINS.userMessage()))
                    .header("Retry-After", wait.getAsLong()).build();
        }
        LoginRedirect redirect;
        try {
            limits.checkSizes(parameters);
            redirect = initiation.initiate(parameters, base);
        } catch (LaunchException e) {
            metrics.login(e.error());
            return pages.refused(e.httpStatus(), e.error().userMessage());
        }
        metrics.login(null);
        Response.ResponseBuilder response = redirect.platformStorageRequested()
                ? Response.ok(pages.storeStateThenGo(redirect), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                : Response.status(302).location(redirect.authorizationUri());
        response.header("Set-Cookie", StateCookie.set(redirect.state()));
        StateCookie.expireOldest(headers.getCookies()).forEach(expired -> response.header("Set-Cookie", expired));
        return response.header("Cache-Control", "no-store").build();
    }
}
