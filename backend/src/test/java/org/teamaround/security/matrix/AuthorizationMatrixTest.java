package org.teamaround.security.matrix;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.teamaround.support.KeycloakTokens;

/**
 * Every operation of openapi.yaml as every caller, with real tokens from the test Keycloak, against the answers in
 * docs/security/authorization-matrix.md. Write cells that must succeed get records of their own (a fresh
 * {@link World}), so that one cell's change cannot make another pass. With {@code -Dmatrix.observed=FILE} the run
 * writes the answers it saw as a table instead of failing (to review before changing the committed table).
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final String OBSERVED = System.getProperty("matrix.observed");
    private static final Map<String, Map<Caller, String>> SEEN = new ConcurrentHashMap<>();

    private final AuthorizationMatrix matrix = AuthorizationMatrix.read();

    @Test
    void everyOperationOfTheContractHasARowAndEveryRowAnOperation() {
        List<Operation> operations = Operation.ofContract();
        List<Operation> missing = operations.stream().filter(op -> matrix.expected(op.id()).isEmpty()).toList();
        Set<String> contract = operations.stream().map(Operation::id).collect(Collectors.toSet());
        List<String> stale = matrix.operationIds().stream().filter(id -> !contract.contains(id)).toList();

        assertTrue(missing.isEmpty(), "operations without a row in " + AuthorizationMatrix.TABLE
                + " (fill in every ? with 2xx, 401, 403 or 404):\n" + AuthorizationMatrix.render(missing, Map.of()));
        assertTrue(stale.isEmpty(), "rows for operations the contract no longer has: " + stale);
    }

    @TestFactory
    Stream<DynamicTest> everyCellAnswersAsTheTableSays() {
        World shared = new World();
        Stream<DynamicTest> rows = Operation.ofContract().stream()
                .map(operation -> DynamicTest.dynamicTest(operation.toString(), () -> checkRow(operation, shared)));
        return Stream.concat(rows, Stream.of(DynamicTest.dynamicTest("afterwards", this::putTheClockBackAndWriteWhatWasSeen)));
    }

    private void checkRow(Operation operation, World shared) {
        Recipe recipe = Recipes.all().get(operation.id());
        assertNotNull(recipe, "a request recipe for " + operation.id() + " in Recipes");
        Map<Caller, String> expected = matrix.expected(operation.id());
        List<String> wrong = new ArrayList<>();
        for (Caller caller : Caller.values()) {
            String answer = expected.get(caller);
            boolean ownRecords = operation.writes() && (OBSERVED != null || "2xx".equals(answer));
            Response response = Requests.send(operation.method(),
                    recipe.call(ownRecords ? new World() : shared, caller), caller);
            observe(operation, caller, response.statusCode());
            if (answer == null || !AuthorizationMatrix.matches(answer, response.statusCode())) {
                wrong.add(caller.label + ": expected " + answer + ", got " + response.statusCode() + " "
                        + abbreviate(response.asString()));
            } else {
                wrong.addAll(Answers.faults(caller, response));
            }
        }
        if (OBSERVED == null) {
            assertTrue(wrong.isEmpty(), operation + ":\n  " + String.join("\n  ", wrong));
        }
    }

    private static void observe(Operation operation, Caller caller, int status) {
        SEEN.computeIfAbsent(operation.id(), id -> new EnumMap<>(Caller.class))
                .put(caller, status >= 200 && status < 300 ? "2xx" : String.valueOf(status));
    }

    private static String abbreviate(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }

    /** The last step of the run (an @AfterAll would run when the test's server has gone). */
    private void putTheClockBackAndWriteWhatWasSeen() throws IOException {
        given().auth().oauth2(KeycloakTokens.forUser("admin1")).delete("/api/v1/demo/clock");
        if (OBSERVED != null) {
            Files.writeString(Path.of(OBSERVED), AuthorizationMatrix.render(Operation.ofContract(), SEEN));
        }
    }
}
