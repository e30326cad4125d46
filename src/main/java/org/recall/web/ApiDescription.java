package org.recall.web;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * Completes the description at {@code /openapi} ({@code mp.openapi.filter}): an operation of the admin,
 * instructor or study API that no annotation tagged or secured (a resource added later) gets its API's tag
 * and bearer scheme from its path, so the description never shows a protected operation as open.
 */
public class ApiDescription implements OASFilter {

    /** Path prefix, tag, security scheme (declared on {@link RecallApplication}). */
    static final List<String[]> APIS = List.of(
            new String[] {"/api/admin/", "admin", "adminToken"},
            new String[] {"/api/instructor/", "instructor", "studySession"},
            new String[] {"/api/study/", "study", "studySession"});

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            for (String[] api : APIS) {
                if (path.getKey().startsWith(api[0]) && path.getValue().getOperations() != null) {
                    path.getValue().getOperations().values().forEach(operation -> complete(operation, api[1], api[2]));
                }
            }
        }
    }

    private static void complete(Operation operation, String tag, String scheme) {
        if (operation.getTags() == null || operation.getTags().isEmpty()) {
            operation.addTag(tag);
        }
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(scheme));
        }
    }
}
