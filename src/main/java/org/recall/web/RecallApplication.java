package org.recall.web;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The JAX-RS application. It is mounted as a filter over the whole site in {@code web.xml}
 * (not with {@code @ApplicationPath}) so that static files under {@code /app/} pass through.
 * Payara Micro describes its resources at {@code /openapi} (MicroProfile OpenAPI); the two bearer
 * schemes named here are the ones the admin, instructor and study APIs require.
 */
@OpenAPIDefinition(
        info = @Info(title = "Recall", version = "1",
                description = "Card review and graded quizzes inside any LMS (LTI 1.3). The admin API takes the admin"
                        + " token; the instructor and study APIs take the session token a launch hands the study page."),
        tags = {
            @Tag(name = "admin", description = "Platforms, keys, decks, audit log, privacy requests (admin token)"),
            @Tag(name = "instructor", description = "An instructor's view of the launched activity (session token)"),
            @Tag(name = "study", description = "A student's study and quiz in the launched activity (session token)"),
            @Tag(name = "decks", description = "Decks that can be chosen, and their SCORM packages")})
@SecuritySchemes({
    @SecurityScheme(securitySchemeName = "adminToken", type = SecuritySchemeType.HTTP, scheme = "bearer",
            description = "The admin token, RECALL_ADMIN_TOKEN"),
    @SecurityScheme(securitySchemeName = "studySession", type = SecuritySchemeType.HTTP, scheme = "bearer",
            description = "The study session token a launch puts in the study page's URL fragment (#session=...)")})
public class RecallApplication extends Application {
}
