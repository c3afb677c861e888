package org.teamaround.audit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.teamaround.common.audit.AuditEvent;
import org.teamaround.support.KeycloakTokens;

/** The trail keeps every sign-in the backend sees, once per session, and every function a role was refused. */
@QuarkusTest
class SignInAndRefusalAuditTest {

    @Test
    void theFirstRequestOfASignInIsAuditedOnceAndLaterOnesAreNot() {
        String session = KeycloakTokens.passwordGrant(KeycloakTokens.realmUrl(), KeycloakTokens.CLI_CLIENT, "senco2",
                KeycloakTokens.DEMO_PASSWORD);
        assertEquals(List.of("SIGN_IN SESSION null senco2"), audited(get(session, "/api/v1/me")));
        assertEquals(List.of(), audited(get(session, "/api/v1/me")), "the same session signs in once");

        String partnerSystem = KeycloakTokens.forPartnerSystem();
        assertEquals(List.of("SIGN_IN SESSION null service-account-partner-system"),
                audited(get(partnerSystem, "/api/v1/me")), "a partner system's token is its sign-in");
    }

    @Test
    void aRoleRefusedAFunctionIsDeniedOnTheRecordTheAddressNames() {
        String senco1 = KeycloakTokens.forUser("senco1");
        get(senco1, "/api/v1/me");
        UUID caseId = UUID.randomUUID();
        assertEquals(List.of("DENIED FUNCTION " + caseId + " senco1"),
                audited(get(senco1, "/api/v1/cases/" + caseId + "/contacts")));
        assertEquals(List.of("DENIED FUNCTION null senco1"), audited(get(senco1, "/api/v1/allocations/queue")));
    }

    /** Sends the request with a fresh request id, which it returns. */
    private static String get(String token, String path) {
        String requestId = UUID.randomUUID().toString();
        given().auth().oauth2(token).header("X-Request-Id", requestId).get(path);
        return requestId;
    }

    private static List<String> audited(String requestId) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>list("requestId", requestId)
                .stream().map(e -> e.action + " " + e.recordType + " " + e.recordId + " " + e.username).toList());
    }
}
