package org.recall.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recall.web.RecallApplication;

/**
 * The API description Payara Micro serves at {@code /openapi} (MicroProfile OpenAPI): every JAX-RS resource
 * method of {@code org.recall.web}, found by reflection, appears with its path and HTTP method, and the admin,
 * instructor and study operations name the bearer scheme they require.
 */
@ExtendWith(RecallServerExtension.class)
class OpenApiIT {

    record Endpoint(String verb, String path, String method) {
    }

    @Test
    void everyResourceMethodIsDescribedAndTheApisNameTheirSecurityScheme(RecallServer server) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri("/openapi"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        JsonObject api = Json.createReader(new StringReader(response.body())).readObject();
        assertEquals("Recall", api.getJsonObject("info").getString("title"));
        assertEquals(server.base().toString(), api.getJsonArray("servers").getJsonObject(0).getString("url").replaceAll("/$", ""));
        JsonObject schemes = api.getJsonObject("components").getJsonObject("securitySchemes");
        for (String scheme : List.of("adminToken", "studySession")) {
            assertEquals("bearer", schemes.getJsonObject(scheme).getString("scheme"), scheme);
        }

        JsonObject paths = api.getJsonObject("paths");
        List<Endpoint> endpoints = endpoints();
        assertTrue(endpoints.size() > 50, "the scan found the resources: " + endpoints);
        List<String> missing = new ArrayList<>();
        for (Endpoint e : endpoints) {
            JsonObject item = paths.getJsonObject(e.path());
            if (item == null || !item.containsKey(e.verb())) {
                missing.add(e.verb().toUpperCase(Locale.ROOT) + " " + e.path() + " (" + e.method() + ")");
                continue;
            }
            JsonObject operation = item.getJsonObject(e.verb());
            String scheme = e.path().startsWith("/api/admin/") ? "adminToken"
                    : e.path().startsWith("/api/instructor/") || e.path().startsWith("/api/study/") ? "studySession" : null;
            if (scheme != null) {
                assertTrue(operation.containsKey("security") && operation.getJsonArray("security").getJsonObject(0)
                        .containsKey(scheme), e + " names " + scheme + ": " + operation);
            }
        }
        assertEquals(List.of(), missing, "resource methods missing from /openapi");
    }

    /** Every resource method under org.recall.web, from the compiled classes. */
    static List<Endpoint> endpoints() throws IOException, URISyntaxException, ClassNotFoundException {
        var classes = java.nio.file.Path.of(RecallApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        var root = classes.resolve("org/recall/web");
        List<Endpoint> endpoints = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = "org.recall.web." + root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, OpenApiIT.class.getClassLoader());
                Path classPath = type.getAnnotation(Path.class);
                if (classPath == null) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    for (var annotation : method.getAnnotations()) {
                        HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
                        if (verb != null) {
                            Path methodPath = method.getAnnotation(Path.class);
                            endpoints.add(new Endpoint(verb.value().toLowerCase(Locale.ROOT),
                                    path(classPath.value(), methodPath == null ? "" : methodPath.value()),
                                    type.getSimpleName() + "." + method.getName()));
                        }
                    }
                }
            }
        }
        return endpoints;
    }

    /** The path as OpenAPI writes it: one leading slash, no trailing one, template regexes dropped. */
    static String path(String classPath, String methodPath) {
        String joined = ("/" + classPath + "/" + methodPath).replaceAll("/+", "/").replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}");
        return joined.length() > 1 ? joined.replaceAll("/$", "") : joined;
    }
}
