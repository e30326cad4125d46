package org.recall.web;

/**
 * A request Recall refuses, with the status to answer and a sentence the user can act on;
 * {@code field} names the input that was wrong, when one was. Mapped by {@link ErrorMapper}.
 */
public class ClientError extends RuntimeException {

    private final int status;
    private final String field;

    public ClientError(int status, String message) {
        this(status, message, null);
    }

    public ClientError(int status, String message, String field) {
        super(message);
        this.status = status;
        this.field = field;
    }

    public static ClientError badRequest(String field, String message) {
        return new ClientError(400, message, field);
    }

    public static ClientError notFound(String message) {
        return new ClientError(404, message);
    }

    public static ClientError forbidden(String message) {
        return new ClientError(403, message);
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }
}
