package org.teamaround.school;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.teamaround.school.SchoolApi.freshUrn;
import static org.teamaround.school.SchoolApi.school;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Schools one at a time: admins create and change them, seniors see them all, a referrer only their own. */
@QuarkusTest
class SchoolApiTest {

    @Test
    void anAdminCreatesASchoolOnce() {
        String urn = freshUrn();
        SchoolApi.create("admin1", school(urn, "  Created Primary ", "knottingley")).statusCode(201)
                .header("Location", endsWith("/api/v1/schools/" + urn))
                .body("name", equalTo("Created Primary"))
                .body("area", equalTo("Knottingley"))
                .body("vulnerability.senPercent", equalTo(18.5f))
                .body("version", equalTo(0));
        SchoolApi.create("admin1", school(urn, "Again Primary", "Knottingley")).statusCode(409)
                .contentType("application/problem+json");
        SchoolApi.configChanges("senior1", Map.of("entity", "SCHOOL", "key", urn)).statusCode(200)
                .body("items.field", equalTo(List.of("area", "name", "phase", "vulnerability.lookedAfter",
                        "vulnerability.senPercent")))
                .body("items.oldValue", everyItem(equalTo(null)))
                .body("items.find { it.field == 'vulnerability.senPercent' }.newValue", equalTo("18.5"));
    }

    @Test
    void aSchoolWithBadFieldsIsRefusedFieldByField() {
        SchoolApi.create("admin1", school("12345", "", "Leeds", "phase", "PRIMARY",
                        "vulnerability", Map.of("senPercent", 101, "lookedAfter", -1, "ealPercent", 2.555)))
                .statusCode(400)
                .body("errors.field", equalTo(List.of("name", "urn", "vulnerability.ealPercent",
                        "vulnerability.lookedAfter", "vulnerability.senPercent")));
        SchoolApi.create("admin1", school(freshUrn(), "Elsewhere Primary", "Leeds")).statusCode(400)
                .body("errors.field", equalTo(List.of("area")));
        SchoolApi.create("admin1", school(freshUrn(), "Nursery", "Pontefract", "phase", "NURSERY")).statusCode(400)
                .body("errors.field", equalTo(List.of("phase")));
        SchoolApi.create("admin1", school(freshUrn(), "Extra Primary", "Pontefract", "headteacher", "Ms A"))
                .statusCode(400)
                .body("errors.field", equalTo(List.of("headteacher")));
    }

    @Test
    void onlyAnAdminCreatesOrChangesASchool() {
        SchoolApi.create("senior1", school(freshUrn(), "Refused Primary", "Pontefract")).statusCode(403);
        SchoolApi.create("senco1", school(freshUrn(), "Refused Primary", "Pontefract")).statusCode(403);
        SchoolApi.update("senco1", "100001", school("100001", "Renamed", "Pontefract", "version", 0)).statusCode(403);
    }

    @Test
    void aChangeNeedsTheCurrentVersion() {
        String urn = freshUrn();
        SchoolApi.create("admin1", school(urn, "Versioned Primary", "Airedale")).statusCode(201);
        SchoolApi.update("admin1", urn, school(urn, "Versioned Primary", "Castleford", "version", 0)).statusCode(200)
                .body("area", equalTo("Castleford"))
                .body("version", equalTo(1));
        SchoolApi.update("admin1", urn, school(urn, "Stale Primary", "Castleford", "version", 0)).statusCode(409)
                .body("currentVersion", equalTo(1));
        SchoolApi.update("admin1", urn, school("100001", "Moved Primary", "Castleford", "version", 1)).statusCode(400)
                .body("errors.field", equalTo(List.of("urn")));
        SchoolApi.update("admin1", urn, school(urn, "Versionless Primary", "Castleford")).statusCode(400)
                .body("errors.field", equalTo(List.of("version")));
        SchoolApi.get("admin1", urn).body("name", equalTo("Versioned Primary"));
    }

    @Test
    void adminsAndSeniorsSeeEverySchoolWithItsFigures() {
        SchoolApi.list("senior1", Map.of("size", 200)).statusCode(200)
                .body("total", greaterThanOrEqualTo(4))
                .body("items.vulnerability", everyItem(notNullValue()))
                .body("items.version", everyItem(notNullValue()));
        SchoolApi.list("admin1", Map.of("area", "knottingley", "size", 200)).statusCode(200)
                .body("items.area", everyItem(equalTo("Knottingley")));
        SchoolApi.get("senior1", "100001").statusCode(200)
                .body("area", equalTo("Pontefract"))
                .body("vulnerability", equalTo(Map.of("senPercent", 18.5f, "lookedAfter", 4, "mobilityPercent", 9.0f,
                        "ealPercent", 6.5f)));
    }

    @Test
    void aReferrerSeesOnlyTheirOwnSchool() {
        SchoolApi.list("senco1", Map.of()).statusCode(200)
                .body("total", equalTo(1))
                .body("items.urn", equalTo(List.of("100001")));
        SchoolApi.get("senco1", "100001").statusCode(200).body("name", equalTo("Northgate Primary School"));
        SchoolApi.get("senco1", "100002").statusCode(404).contentType("application/problem+json");
    }

    @Test
    void rolesWithoutSchoolsInTheirWorkMayNotListThem() {
        SchoolApi.list("practitioner1", Map.of()).statusCode(403);
        SchoolApi.list("partner1", Map.of()).statusCode(403);
    }
}
