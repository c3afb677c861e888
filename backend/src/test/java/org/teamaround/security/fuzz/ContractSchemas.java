package org.teamaround.security.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.teamaround.security.matrix.Operation;

/** What openapi.yaml says an operation takes: its query parameters and the schema of its JSON body. */
final class ContractSchemas {

    private static final Path CONTRACT = Path.of("..", "openapi.yaml");

    private final JsonNode contract;

    private ContractSchemas(JsonNode contract) {
        this.contract = contract;
    }

    static ContractSchemas read() {
        try {
            return new ContractSchemas(new ObjectMapper(new YAMLFactory()).readTree(CONTRACT.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A query parameter and its schema. */
    record Parameter(String name, JsonNode schema) {}

    List<Parameter> queryParameters(Operation operation) {
        List<Parameter> found = new ArrayList<>();
        for (JsonNode parameter : node(operation).path("parameters")) {
            if (parameter.path("in").asText().equals("query")) {
                found.add(new Parameter(parameter.path("name").asText(), resolve(parameter.path("schema"))));
            }
        }
        return found;
    }

    /** The JSON body's schema, or a missing node when the operation takes no JSON. */
    JsonNode bodySchema(Operation operation) {
        return resolve(node(operation).path("requestBody").path("content").path("application/json").path("schema"));
    }

    /** The schema of a field inside a schema (its property, or an array's items when the step is an index). */
    JsonNode field(JsonNode schema, String step) {
        JsonNode resolved = resolve(schema);
        if (resolved.has("items") && step.matches("\\d+")) {
            return resolve(resolved.path("items"));
        }
        JsonNode property = resolved.path("properties").path(step);
        if (property.isMissingNode()) {
            for (JsonNode part : resolved.path("allOf")) {
                JsonNode inPart = resolve(part).path("properties").path(step);
                if (!inPart.isMissingNode()) {
                    return resolve(inPart);
                }
            }
        }
        return resolve(property);
    }

    /** Follows a `$ref` (and a single-element allOf) to the schema it names. */
    JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            String[] path = schema.path("$ref").asText().substring(2).split("/");
            JsonNode target = contract;
            for (String step : path) {
                target = target.path(step);
            }
            return resolve(target);
        }
        if (schema.path("allOf").size() == 1) {
            return resolve(schema.path("allOf").get(0));
        }
        return schema;
    }

    private JsonNode node(Operation operation) {
        JsonNode found = contract.path("paths").path(operation.path()).path(operation.method().toLowerCase());
        return found.isMissingNode() ? MissingNode.getInstance() : found;
    }
}
