package org.recall.web;

import java.io.IOException;

/**
 * A request body Recall stopped reading: larger than its limit (413) or too slow to arrive (408). Thrown by
 * the stream {@link RequestLimits} gives the application, so that whoever reads it (Jersey, {@link JsonBody})
 * stops at once; {@link ErrorMapper} answers its status.
 */
public final class BodyRefused extends IOException {

    private final int status;

    BodyRefused(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** The body refusal somewhere in {@code failure}'s causes, if any. */
    static BodyRefused in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BodyRefused refused) {
                return refused;
            }
        }
        return null;
    }
}
