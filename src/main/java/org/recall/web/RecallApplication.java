package org.recall.web;

import jakarta.ws.rs.core.Application;

/**
 * The JAX-RS application. It is mounted as a filter over the whole site in {@code web.xml}
 * (not with {@code @ApplicationPath}) so that static files under {@code /app/} pass through.
 */
public class RecallApplication extends Application {
}
