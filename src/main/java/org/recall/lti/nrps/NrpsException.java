package org.recall.lti.nrps;

/** The membership service could not be read: unreachable, refused, or an answer that is not a membership container. */
public class NrpsException extends Exception {

    private final int status;

    public NrpsException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The platform's HTTP status, or 0 when it could not be reached. */
    public int status() {
        return status;
    }
}
