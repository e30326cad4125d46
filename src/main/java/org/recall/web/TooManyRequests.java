package org.recall.web;

/** 429: a client over a rate limit, told when to try again ({@code Retry-After}, in seconds). */
public class TooManyRequests extends ClientError {

    private final long retryAfterSeconds;

    public TooManyRequests(String message, long retryAfterSeconds) {
        super(429, message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
