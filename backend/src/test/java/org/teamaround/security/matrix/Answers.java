package org.teamaround.security.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every answer must be besides its status: a refusal is problem+json, and a referrer's answers carry nothing of
 * the case work (who the practitioner is, contacts, assessment, plan, reviews, closure, or a case-work state: ALLOCATED, ACTIVE).
 */
final class Answers {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> CASE_WORK_FIELDS = Set.of("caseId", "practitionerId", "practitionerName",
            "firstContactDue", "allocatedAt", "overrideReason", "assessment", "plan", "contacts", "reviews", "closure",
            "outcomes", "contributions", "invitations");
    /** A school sees its referral ACCEPTED while the case is worked, and CLOSED when it ends (nothing more). */
    private static final Set<String> CASE_WORK_STATES = Set.of("ALLOCATED", "ACTIVE");
    private static final Set<String> STATE_FIELDS = Set.of("state", "fromState", "toState");

    private Answers() {}

    static List<String> faults(Caller caller, Response response) {
        List<String> faults = new ArrayList<>();
        String type = response.contentType();
        if (response.statusCode() >= 400 && !type.startsWith("application/problem+json")) {
            faults.add(caller.label + ": a " + response.statusCode() + " answered as '" + type + "', not problem+json");
        }
        boolean referrer = caller == Caller.REFERRER_OWN_SCHOOL || caller == Caller.REFERRER_OTHER_SCHOOL;
        if (referrer && response.statusCode() < 300 && type.startsWith("application/json")) {
            caseWorkIn("", read(response)).forEach(path -> faults.add(caller.label + ": case work in the answer at " + path));
        }
        return faults;
    }

    /** The JSON paths that show case work. */
    static List<String> caseWorkIn(String path, JsonNode node) {
        List<String> found = new ArrayList<>();
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                found.addAll(caseWorkIn(path + "[" + i + "]", node.get(i)));
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String at = path + "/" + field.getKey();
            if (CASE_WORK_FIELDS.contains(field.getKey())) {
                found.add(at);
            } else if (STATE_FIELDS.contains(field.getKey()) && CASE_WORK_STATES.contains(field.getValue().asText())) {
                found.add(at + " = " + field.getValue().asText());
            } else {
                found.addAll(caseWorkIn(at, field.getValue()));
            }
        }
        return found;
    }

    private static JsonNode read(Response response) {
        try {
            return JSON.readTree(response.asString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("not JSON: " + response.asString(), e);
        }
    }
}
