package org.recall.lti.launch;

import java.util.Objects;

/** A refused login or launch; {@link #error()} says which check failed, {@link #getMessage()} is for users. */
public class LaunchException extends Exception {

    private static final long serialVersionUID = 1L;

    private final LaunchError error;

    public LaunchException(LaunchError error) {
        this(error, null);
    }

    public LaunchException(LaunchError error, Throwable cause) {
        super(Objects.requireNonNull(error).userMessage(), cause);
        this.error = error;
    }

    public LaunchError error() {
        return error;
    }

    public int httpStatus() {
        return error.httpStatus();
    }
}
