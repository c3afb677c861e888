package org.teamaround.allocation;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;
import org.teamaround.support.KeycloakTokens;

/** Cases for the case-work tests: a referral from senco1's school accepted at a panel and allocated today. */
public final class CaseFixtures {

    private CaseFixtures() {}

    /** A referral from senco1's school, accepted at a Pontefract panel and waiting in the allocation queue. */
    public static String waitingReferral() {
        return AllocationTest.accepted("senco1", "100001");
    }

    /** A new ALLOCATED case of the practitioner; an override reason in case earlier tests filled the caseload. */
    public static String allocatedTo(String practitionerUsername) {
        return allocate(AllocationTest.accepted("senco1", "100001"), practitionerUsername);
    }

    /** Allocates an accepted referral to the practitioner (senior1 allocates) and answers the case's id. */
    public static String allocate(String referral, String practitionerUsername) {
        return given().auth().oauth2(KeycloakTokens.forUser("senior1")).contentType(ContentType.JSON)
                .body(Map.of("referralId", referral, "practitionerId", AllocationTest.practitionerId(practitionerUsername),
                        "overrideReason", "Test data fills caseloads"))
                .post("/api/v1/allocations").then().statusCode(201).extract().path("id");
    }
}
