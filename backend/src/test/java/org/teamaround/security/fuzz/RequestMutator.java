package org.teamaround.security.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.engine.SourceOfRandomness;
import org.teamaround.security.matrix.Call;
import org.teamaround.security.matrix.Operation;

/** Breaks one thing of a valid request: a field, the body as a whole, its media type, an id in the path, a query. */
final class RequestMutator {

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * The longest value put in an address: the HTTP server refuses a request line over 4 KiB itself (a bare 414, and
     * it closes the connection while the client is still writing), before the application could answer.
     */
    private static final int ADDRESS_ROOM = 3_000;
    /** A query value is percent-encoded, up to 6 characters a character (`é` is `%C3%A9`). */
    private static final int QUERY_ROOM = ADDRESS_ROOM / 6;
    /** Bodies over 1 MiB are left to ProblemDetailsTest: the server closes the connection while they are sent. */
    private static final List<String> BROKEN_BODIES = List.of("", "{", "{\"a\":}", "[]", "\"text\"", "42", "null",
            "{\"a\":1,\"a\":2}", "\u0000", "[".repeat(5_000) + "]".repeat(5_000),
            "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000), "x".repeat(100_000));

    private final ContractSchemas schemas;
    private final Random random;

    RequestMutator(ContractSchemas schemas, long seed) {
        this.schemas = schemas;
        // jqwik's generators need its context, which sample() sets up outside a property; this seeds it.
        this.random = SourceOfRandomness.create(String.valueOf(seed));
    }

    FuzzRequest mutate(Operation operation, Call valid) {
        JsonNode bodySchema = schemas.bodySchema(operation);
        boolean json = valid.body() instanceof Map<?, ?> || valid.body() instanceof List<?>;
        int kinds = json ? 7 : 2;
        return switch (pick(Arbitraries.integers().between(0, kinds - 1))) {
            case 0 -> badQuery(operation, valid);
            case 1 -> badPathId(valid);
            case 2 -> badField(valid, bodySchema);
            case 3 -> withoutField(valid);
            case 4 -> unknownField(valid);
            case 5 -> brokenBody(valid);
            default -> request("the body as text/plain", valid.path(), text(valid.body()), valid.query(),
                    "text/plain");
        };
    }

    private FuzzRequest badQuery(Operation operation, Call valid) {
        List<ContractSchemas.Parameter> parameters = schemas.queryParameters(operation);
        Map<String, Object> query = new HashMap<>(valid.query() == null ? Map.of() : valid.query());
        if (parameters.isEmpty()) {
            query.put("page", pick(Arbitraries.of(-1, 100_000_000, "x")));
            query.put("size", pick(Arbitraries.of(0, 201, 1_000_000, "all")));
            return request("paging " + query, valid.path(), valid.body(), query, valid.contentType());
        }
        ContractSchemas.Parameter parameter = pick(Arbitraries.of(parameters));
        Object value = pick(BadValues.forSchema(parameter.schema()));
        String text = value instanceof JsonNode || value == null ? "" : String.valueOf(value);
        query.put(parameter.name(), text.substring(0, Math.min(text.length(), QUERY_ROOM)));
        return request("query " + parameter.name() + "=" + abbreviate(value), valid.path(), valid.body(),
                query, valid.contentType());
    }

    private FuzzRequest badPathId(Call valid) {
        String[] steps = valid.path().split("/");
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < steps.length; i++) {
            if (steps[i].matches("[0-9a-f-]{36}|[0-9]{6}|[A-Z_]+|Matrix.*|Pontefract|funnel")) {
                ids.add(i);
            }
        }
        if (ids.isEmpty()) {
            return brokenBody(valid);
        }
        int at = pick(Arbitraries.of(ids));
        String bad = pick(Arbitraries.of("not-a-uuid", "00000000-0000-0000-0000-000000000000",
                java.util.UUID.randomUUID().toString(), "%27%20or%201%3D1", "..%2F..", "%00", "x".repeat(ADDRESS_ROOM)));
        steps[at] = bad;
        return request("path id " + abbreviate(bad), String.join("/", steps), valid.body(), valid.query(),
                valid.contentType());
    }

    private FuzzRequest badField(Call valid, JsonNode bodySchema) {
        Object body = copy(valid.body());
        List<List<String>> paths = Paths.of(body);
        if (paths.isEmpty()) {
            return brokenBody(valid);
        }
        List<String> path = pick(Arbitraries.of(paths));
        JsonNode schema = bodySchema;
        for (String step : path) {
            schema = schemas.field(schema, step);
        }
        Object value = pick(BadValues.forSchema(schema));
        Paths.set(body, path, value);
        return request("field " + String.join(".", path) + " = " + abbreviate(value), valid.path(), body,
                valid.query(), null);
    }

    private FuzzRequest withoutField(Call valid) {
        Object body = copy(valid.body());
        List<List<String>> paths = Paths.of(body);
        if (paths.isEmpty()) {
            return brokenBody(valid);
        }
        List<String> path = pick(Arbitraries.of(paths));
        Paths.remove(body, path);
        return request("without " + String.join(".", path), valid.path(), body, valid.query(), null);
    }

    private FuzzRequest unknownField(Call valid) {
        Object body = copy(valid.body());
        if (!(body instanceof Map<?, ?>)) {
            return brokenBody(valid);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) body;
        map.put("unexpected" + random.nextInt(1000), pick(BadValues.strings()));
        return request("an unknown field", valid.path(), map, valid.query(), null);
    }

    private FuzzRequest brokenBody(Call valid) {
        String broken = pick(Arbitraries.of(BROKEN_BODIES));
        return request("the body " + abbreviate(broken), valid.path(), broken, valid.query(),
                "application/json");
    }

    private static FuzzRequest request(String what, String path, Object body, java.util.Map<String, ?> query,
            String contentType) {
        return new FuzzRequest(what, new Call(path, body, query, null, contentType));
    }

    private <T> T pick(Arbitrary<T> arbitrary) {
        return arbitrary.sample();
    }

    private static Object copy(Object body) {
        return body == null ? new LinkedHashMap<>() : JSON.convertValue(body, Object.class);
    }

    private static String text(Object body) {
        try {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String abbreviate(Object value) {
        String text = String.valueOf(value);
        return text.length() > 60 ? text.substring(0, 60) + "… (" + text.length() + " chars)" : text;
    }
}
