package org.recall.web.lti;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the platform calls of dynamic registrations (fetching the OpenID configuration, posting the
 * registration) off the request threads: at most {@link #CONCURRENT} at once, each time-boxed. A request
 * beyond that answers 503 with {@code Retry-After} at once; one that takes longer than {@link #TIME_BOX}
 * answers 504. A slow or hostile platform can then hold neither Recall's request threads nor more than a
 * few worker threads.
 */
@ApplicationScoped
public class RegistrationSlots {

    static final int CONCURRENT = 4;
    static final Duration TIME_BOX = Duration.ofSeconds(25);
    static final String BUSY = "Recall is busy with other registrations. Wait a minute, then start the registration "
            + "again from your platform.";
    static final String TIMED_OUT = "Your platform took too long to answer. Nothing was stored in Recall; start the "
            + "registration again from your platform.";

    private static final Logger LOG = Logger.getLogger(RegistrationSlots.class.getName());

    private final Semaphore slots = new Semaphore(CONCURRENT);

    @Resource
    ManagedExecutorService executor;

    /** Resumes {@code async} with what {@code work} answers, or with a busy or timed-out page. */
    void run(AsyncResponse async, Callable<Response> work) {
        if (!slots.tryAcquire()) {
            async.resume(RegistrationPages.response(503, "Recall is busy", RegistrationPages.failure(BUSY))
                    .header("Retry-After", "60").build());
            return;
        }
        async.setTimeoutHandler(timedOut -> timedOut.resume(RegistrationPages.response(504,
                "Recall could not be registered", RegistrationPages.failure(TIMED_OUT)).build()));
        async.setTimeout(TIME_BOX.toSeconds(), TimeUnit.SECONDS);
        try {
            executor.execute(() -> {
                try {
                    async.resume(work.call());
                } catch (Exception | Error e) {
                    LOG.log(Level.WARNING, "Dynamic registration failed", e);
                    async.resume(e);
                } finally {
                    slots.release();
                }
            });
        } catch (RejectedExecutionException e) {
            slots.release();
            async.resume(RegistrationPages.response(503, "Recall is busy", RegistrationPages.failure(BUSY))
                    .header("Retry-After", "60").build());
        }
    }
}
