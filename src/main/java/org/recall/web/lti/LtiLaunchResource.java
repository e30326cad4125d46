package org.recall.web.lti;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import org.recall.activity.Activities;
import org.recall.lti.claims.MessageType;
import org.recall.lti.claims.Role;
import org.recall.lti.launch.BrowserBinding;
import org.recall.lti.launch.Launch;
import org.recall.lti.launch.LaunchError;
import org.recall.lti.launch.LaunchException;
import org.recall.lti.launch.LaunchValidator;
import org.recall.metrics.Metrics;
import org.recall.session.LaunchRecord;
import org.recall.session.StudySession;
import org.recall.session.StudySessions;
import org.recall.teach.TeachingStore;
import org.recall.store.PlatformTable;

/**
 * The launch (LTI 1.3 Core §5, Security Framework §5.1.1.3): the platform form-posts the id_token and
 * the state here. The state must be bound to this browser, by cookie or by platform storage; after a
 * valid launch the browser gets a study session token and nothing depends on cookies any more.
 */
@Path("lti/launch")
@ApplicationScoped
public class LtiLaunchResource {

    /** Form field our platform-storage page adds when it re-posts the launch with the state it read back. */
    static final String STORED_STATE = "platform_storage_state";

    @Inject
    LaunchValidator validator;

    @Inject
    StudySessions sessions;

    @Inject
    PlatformTable platforms;

    @Inject
    LaunchPages pages;

    @Inject
    Activities activities;

    @Inject
    TeachingStore teaching;

    @Inject
    @ToolBase
    URI base;

    @Inject
    Metrics metrics;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response launch(@FormParam("id_token") String idToken, @FormParam("state") String state,
            @FormParam("lti_storage_target") String storageTarget, @FormParam(STORED_STATE) String storedState,
            @Context HttpHeaders headers) {
        long start = System.nanoTime();
        BrowserBinding binding = BrowserBinding.cookie(StateCookie.boundState(headers.getCookies(), state));
        if (binding == null && storedState != null && OwnPage.posted(headers, base)) {
            // Only Recall's own storage page (same origin) brings back a value read from platform storage.
            binding = BrowserBinding.platformStorage(storedState);
        }
        if (binding == null && storageTarget != null && storedState == null && state != null && idToken != null) {
            // No cookie came back, but the platform offers platform storage: read the state from there.
            return html(200, pages.readStateThenRepost(idToken, state, storageTarget));
        }
        Launch launch;
        try {
            launch = validator.validate(idToken, state, binding);
        } catch (LaunchException e) {
            metrics.launchRefused(e.error(), start);
            if (e.error() == LaunchError.STATE_NOT_BOUND) {
                return html(e.httpStatus(), pages.stateNotBound(state));
            }
            return pages.refused(e.httpStatus(), e.error().userMessage());
        }
        platforms.recordLaunch(launch.platform().id(), Instant.now());
        StudySessions.Opened opened = sessions.openSession(launch);
        metrics.sessionOpened(launch.hasRole(Role.INSTRUCTOR) || launch.hasRole(Role.ADMINISTRATOR));
        recordLearner(launch, opened.session());
        Response redirect = Response.seeOther(destination(launch, opened.token(), firstSettings(launch, opened.session())))
                .header("Set-Cookie", StateCookie.clear(state))
                .header("Cache-Control", "no-store")
                .build();
        metrics.launchAccepted(start);
        return redirect;
    }

    /** A student's launch of a resource link: remembered (with the shared name and email) for the instructor's results. */
    private void recordLearner(Launch launch, StudySession session) {
        if (launch.messageType() != MessageType.RESOURCE_LINK || launch.resourceLink().isEmpty()
                || launch.hasRole(Role.INSTRUCTOR) || launch.hasRole(Role.ADMINISTRATOR)) {
            return;
        }
        teaching.recordLaunch(activities.idFor(session), session.userSub(), session.text(LaunchRecord.NAME).orElse(null),
                session.text(LaunchRecord.EMAIL).orElse(null), Instant.now());
    }

    /** The session token travels in the fragment: never sent to a server, never in a log or a Referer. */
    private static URI destination(Launch launch, String token, boolean settingsFirst) {
        String page = launch.messageType() == MessageType.DEEP_LINKING ? "/app/deep-linking.html"
                : settingsFirst ? "/app/settings.html" : "/app/study.html";
        return URI.create(page + "#session=" + token);
    }

    /**
     * An activity added by hand (no Deep Linking choice in its custom parameters) that no instructor has set
     * up yet: its first instructor launch opens the settings form of this resource link instead of the study page.
     */
    private boolean firstSettings(Launch launch, StudySession session) {
        if (launch.messageType() != MessageType.RESOURCE_LINK || !launch.resourceLink().isPresent()
                || !(launch.hasRole(Role.INSTRUCTOR) || launch.hasRole(Role.ADMINISTRATOR))) {
            return false;
        }
        return !activities.forSession(session).configured();
    }

    private static Response html(int status, String page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page)
                .header("Cache-Control", "no-store").build();
    }
}
