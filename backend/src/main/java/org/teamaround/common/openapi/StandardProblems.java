package org.teamaround.common.openapi;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds the problem responses every API operation can give, so resources declare only their own (409, 413, 422):
 * 401 and 403 everywhere (every operation needs a token and a role), 404 where the path names a record, 400 where
 * the operation takes a body or query parameters, 429 everywhere (a partner system's calls are counted on every one).
 */
public class StandardProblems implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                operations(item).forEach((method, operation) -> addTo(path, operation));
            }
        });
    }

    private static Map<PathItem.HttpMethod, Operation> operations(PathItem item) {
        return item.getOperations() == null ? Map.of() : item.getOperations();
    }

    private static void addTo(String path, Operation operation) {
        boolean queried = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.QUERY);
        if (operation.getRequestBody() != null || queried) {
            add(operation, "400", "BadRequest");
        }
        add(operation, "401", "Unauthorized");
        add(operation, "403", "Forbidden");
        if (path.contains("{")) {
            add(operation, "404", "NotFound");
        }
        add(operation, "429", "TooManyRequests");
    }

    private static void add(Operation operation, String status, String name) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        APIResponse existing = responses.getAPIResponse(status);
        boolean bare = existing != null && existing.getRef() == null && existing.getContent() == null;
        if (existing == null || bare) { // Quarkus adds bare 400/401/403 descriptions of its own: ours say more
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(name));
        }
    }
}
