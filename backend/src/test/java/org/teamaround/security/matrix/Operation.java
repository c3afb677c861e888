package org.teamaround.security.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** An operation of the contract (openapi.yaml at the root): the rows the matrix must have. */
public record Operation(String method, String path, String id) {

    private static final Path CONTRACT = Path.of("..", "openapi.yaml");
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    /** Every operation of the contract, in its order. */
    public static List<Operation> ofContract() {
        try {
            JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(CONTRACT.toFile()).path("paths");
            List<Operation> operations = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> path = it.next();
                for (String method : METHODS) {
                    JsonNode operation = path.getValue().get(method);
                    if (operation != null) {
                        operations.add(new Operation(method.toUpperCase(), path.getKey(),
                                operation.path("operationId").asText()));
                    }
                }
            }
            return operations;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean writes() {
        return !method.equals("GET");
    }

    @Override
    public String toString() {
        return method + " " + path + " (" + id + ")";
    }
}
