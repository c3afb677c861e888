package org.teamaround.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The root openapi.yaml is the contract: it must be exactly what the backend serves at /q/openapi. */
@QuarkusTest
class OpenApiContractTest {

    private static final Path CONTRACT = Path.of("..", "openapi.yaml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void servedDocumentEqualsTheCommittedContract() throws IOException {
        String served = given().queryParam("format", "yaml").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        JsonNode expected = YAML.readTree(Files.readString(CONTRACT));
        JsonNode actual = YAML.readTree(served);
        if (!expected.equals(actual)) {
            fail("openapi.yaml differs from the document the backend serves (first difference at "
                    + firstDifference("", expected, actual) + "). If the change is intended, regenerate it with "
                    + "`make openapi` and commit it; the SPA's types follow with `make api-types`.");
        }
    }

    /** The JSON path of the first node where the two documents part, for a readable failure. */
    static String firstDifference(String path, JsonNode expected, JsonNode actual) {
        if (expected == null || actual == null || expected.getNodeType() != actual.getNodeType()
                || !expected.isContainerNode()) {
            return path.isEmpty() ? "/" : path;
        }
        if (expected.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = actual.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!field.getValue().equals(expected.get(field.getKey()))) {
                    return firstDifference(path + "/" + field.getKey(), expected.get(field.getKey()), field.getValue());
                }
            }
            for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!actual.has(name)) {
                    return path + "/" + name;
                }
            }
        } else {
            for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
                if (!expected.path(i).equals(actual.path(i))) {
                    return firstDifference(path + "/" + i, expected.get(i), actual.get(i));
                }
            }
        }
        return path.isEmpty() ? "/" : path;
    }
}
