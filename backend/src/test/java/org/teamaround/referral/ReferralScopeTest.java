package org.teamaround.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.teamaround.referral.ReferralFixtures.complete;
import static org.teamaround.referral.ReferralFixtures.draft;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.teamaround.support.KeycloakTokens;

/** Who sees and changes which referral: another school's is 404, roles without referrals are refused. */
@QuarkusTest
class ReferralScopeTest {

    @Test
    void anotherSchoolsReferralDoesNotExistForTheirSenco() {
        String id = ReferralApi.created("senco1", complete("100001"));
        ReferralApi.get("senco2", id).statusCode(404).contentType("application/problem+json");
        Map<String, Object> body = complete("100002");
        body.put("version", 0);
        ReferralApi.update("senco2", id, body).statusCode(404);
        ReferralApi.submit("senco2", id).statusCode(404);
        ReferralApi.withdraw("senco2", id, "not mine").statusCode(404);
        ReferralApi.list("senco2", Map.of("size", 200)).body("items.id", not(hasItem(id)));
        ReferralApi.get("senco1", id).statusCode(200).body("state", equalTo("DRAFT"));
    }

    @Test
    void seniorReadsEveryReferralButCannotChangeOne() {
        String id = ReferralApi.created("senco2", draft("100002"));
        ReferralApi.get("senior1", id).statusCode(200).body("schoolUrn", equalTo("100002"));
        ReferralApi.submit("senior1", id).statusCode(403);
    }

    @Test
    void partnersAdminsAndPractitionersSeeNoReferralsYet() {
        String id = ReferralApi.created("senco1", draft("100001"));
        ReferralApi.get("partner1", id).statusCode(404);
        ReferralApi.get("admin1", id).statusCode(404);
        ReferralApi.get("practitioner1", id).statusCode(404);
        ReferralApi.list("partner1", Map.of()).statusCode(403);
        ReferralApi.list("admin1", Map.of()).statusCode(403);
        ReferralApi.list("practitioner1", Map.of()).statusCode(200).body("total", equalTo(0));
        ReferralApi.create("partner1", draft("100001")).statusCode(403);
    }

    @Test
    void unknownReferralIsNotFound() {
        ReferralApi.get("senior1", "00000000-0000-0000-0000-000000000000").statusCode(404);
        ReferralApi.get("senior1", "not-a-uuid").statusCode(404);
    }

    @Test
    void partnerSystemSubmitsIdempotentlyAndReadsItsOwnReferrals() {
        String token = KeycloakTokens.forPartnerSystem();
        Map<String, Object> body = complete("100002");
        String key = "partner-" + ReferralFixtures.uniqueName();
        String first = partnerCreate(token, key, body).statusCode(201).extract().path("id");
        String again = partnerCreate(token, key, body).statusCode(201).extract().path("id");
        org.junit.jupiter.api.Assertions.assertEquals(first, again, "the retry answers the same referral");
        String lastName = (String) ReferralFixtures.child(body).get("lastName");
        ReferralApi.list("senior1", Map.of("q", lastName)).body("total", equalTo(1));

        Map<String, Object> other = complete("100002");
        partnerCreate(token, key, other).statusCode(422).contentType("application/problem+json");

        for (int attempt = 0; attempt < 2; attempt++) {
            given().auth().oauth2(token).header("Idempotency-Key", key + "-submit")
                    .post(ReferralApi.PATH + "/" + first + "/submit").then()
                    .statusCode(200).body("state", equalTo("SUBMITTED")).body("history.size()", equalTo(2));
        }
        given().auth().oauth2(token).post(ReferralApi.PATH + "/" + first + "/submit").then().statusCode(409);
        given().auth().oauth2(token).get(ReferralApi.PATH + "/" + first).then().statusCode(200);
        String schools = ReferralApi.created("senco2", draft("100002"));
        given().auth().oauth2(token).get(ReferralApi.PATH + "/" + schools).then().statusCode(404);
    }

    private static io.restassured.response.ValidatableResponse partnerCreate(String token, String key,
            Map<String, Object> body) {
        return given().auth().oauth2(token).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post(ReferralApi.PATH).then();
    }
}
