package org.teamaround.security.fuzz;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.teamaround.security.matrix.AuthorizationMatrix;
import org.teamaround.security.matrix.Call;
import org.teamaround.security.matrix.Caller;
import org.teamaround.security.matrix.Operation;
import org.teamaround.security.matrix.Recipe;
import org.teamaround.security.matrix.Recipes;
import org.teamaround.security.matrix.Requests;
import org.teamaround.security.matrix.World;
import org.teamaround.support.KeycloakTokens;

/**
 * Bad input on every operation of the contract: from each operation's valid request (its matrix recipe, as a caller
 * allowed to use it), jqwik generates requests with one thing broken (see {@link RequestMutator}, {@link BadValues}),
 * with a fixed seed. Every answer must be below 500, every refusal problem+json, and a refused request must have
 * written nothing. jqwik's own engine is built on JUnit Platform 1 and Quarkus's tests on JUnit 6, so its generators
 * run here, inside a Quarkus test, rather than as @Property methods.
 */
@QuarkusTest
class ApiFuzzTest {

    static final int REQUESTS_PER_OPERATION = 20;
    static final long SEED = 20261124L;
    private static final List<Caller> ALLOWED_FIRST = List.of(Caller.SENIOR, Caller.PRACTITIONER_ALLOCATED,
            Caller.ADMIN, Caller.REFERRER_OWN_SCHOOL, Caller.PARTNER_INVITED, Caller.PARTNER_API);
    private static final AtomicInteger SENT = new AtomicInteger();
    private static final AtomicInteger SERVER_ERRORS = new AtomicInteger();

    private final AuthorizationMatrix matrix = AuthorizationMatrix.read();
    private final ContractSchemas schemas = ContractSchemas.read();

    @TestFactory
    Stream<DynamicTest> badInputNeverBreaksTheServiceNorWritesAnything() throws SQLException {
        DatabaseFingerprint database = new DatabaseFingerprint();
        List<Operation> operations = Operation.ofContract();
        Stream<DynamicTest> rows = operations.stream().map(operation -> DynamicTest.dynamicTest(operation.toString(),
                () -> fuzz(operation, database, SEED + operations.indexOf(operation))));
        return Stream.concat(rows, Stream.of(DynamicTest.dynamicTest("figures", () -> {
            database.close();
            writeFigures(operations.size());
        })));
    }

    private void fuzz(Operation operation, DatabaseFingerprint database, long seed) throws SQLException {
        Caller caller = allowedCaller(operation);
        Recipe recipe = Recipes.all().get(operation.id());
        assertNotNull(recipe, "a recipe for " + operation.id());
        World world = new World();
        Call valid = recipe.call(world, caller);
        RequestMutator mutator = new RequestMutator(schemas, seed);
        List<String> faults = new ArrayList<>();
        for (int i = 0; i < REQUESTS_PER_OPERATION; i++) {
            FuzzRequest request = mutator.mutate(operation, valid);
            Map<String, String> before = database.take();
            Response response = Requests.send(operation.method(), request.call(), caller);
            SENT.incrementAndGet();
            faults.addAll(faults(request, response, before, database));
        }
        restore(operation, recipe, world, caller, valid);
        assertTrue(faults.isEmpty(), operation + " as " + caller.label + ":\n  " + String.join("\n  ", faults));
    }

    private static List<String> faults(FuzzRequest request, Response response, Map<String, String> before,
            DatabaseFingerprint database) throws SQLException {
        List<String> faults = new ArrayList<>();
        int status = response.statusCode();
        if (status >= 500) {
            SERVER_ERRORS.incrementAndGet();
            faults.add(request.what() + ": " + status + " " + RequestMutator.abbreviate(response.asString()));
        } else if (status >= 400) {
            if (!String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                faults.add(request.what() + ": " + status + " as " + response.contentType() + ", not problem+json");
            }
            Map<String, String> after = database.take();
            if (!after.equals(before)) {
                faults.add(request.what() + ": refused with " + status + " but wrote " + changed(before, after));
            }
        }
        return faults;
    }

    private static List<String> changed(Map<String, String> before, Map<String, String> after) {
        return after.keySet().stream().filter(table -> !after.get(table).equals(before.get(table))).toList();
    }

    private Caller allowedCaller(Operation operation) {
        Map<Caller, String> row = matrix.expected(operation.id());
        return ALLOWED_FIRST.stream().filter(caller -> "2xx".equals(row.get(caller))).findFirst()
                .orElseThrow(() -> new AssertionError("no caller may use " + operation.id() + " in the matrix"));
    }

    /**
     * Leaves shared settings as they were: a generated change that was valid (a practitioner's capacity, a rule, the
     * demo clock) is put back, so that other suites find the service as the fixtures made it.
     */
    private static void restore(Operation operation, Recipe recipe, World world, Caller caller, Call valid) {
        given().auth().oauth2(KeycloakTokens.forUser("admin1")).delete("/api/v1/demo/clock");
        if (operation.method().equals("PUT") && valid.body() instanceof Map<?, ?> original
                && original.containsKey("version")) {
            Object current = ((Map<?, ?>) recipe.call(world, caller).body()).get("version");
            Map<String, Object> again = new java.util.HashMap<>();
            original.forEach((key, value) -> again.put(String.valueOf(key), value));
            again.put("version", current);
            Requests.send(operation.method(), valid.withBody(again), caller);
        }
    }

    private static void writeFigures(int operations) throws IOException {
        String figures = "operations fuzzed: " + operations + "\nrequests sent: " + SENT.get()
                + "\n5xx answers: " + SERVER_ERRORS.get() + "\nseed: " + SEED + "\n";
        Files.writeString(Path.of("target", "fuzz-figures.txt"), figures);
        System.out.println("API fuzz: " + figures.replace('\n', ' '));
    }
}
