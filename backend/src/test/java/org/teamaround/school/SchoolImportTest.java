package org.teamaround.school;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teamaround.school.SchoolApi.HEADER;
import static org.teamaround.school.SchoolApi.freshUrn;
import static org.teamaround.school.SchoolApi.importCsv;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.teamaround.support.KeycloakTokens;

/** An admin imports the schools and their vulnerability figures from CSV, all or nothing. */
@QuarkusTest
class SchoolImportTest {

    @Test
    void aGoodFileCreatesItsSchoolsWithTheirAreasAndFigures() {
        String first = freshUrn();
        String second = freshUrn();
        importCsv("admin1", HEADER
                + first + ",Imported Primary,Pontefract,PRIMARY,18.5,4,9,6.5\n"
                + second + ",\"Imported High, Castleford\",castleford,Secondary,12.25,0,,\n")
                .statusCode(200)
                .body("created", equalTo(2)).body("updated", equalTo(0)).body("unchanged", equalTo(0));

        SchoolApi.get("admin1", first).statusCode(200)
                .body("name", equalTo("Imported Primary"))
                .body("area", equalTo("Pontefract"))
                .body("phase", equalTo("PRIMARY"))
                .body("vulnerability.senPercent", equalTo(18.5f))
                .body("vulnerability.lookedAfter", equalTo(4))
                .body("vulnerability.mobilityPercent", equalTo(9.0f))
                .body("vulnerability.ealPercent", equalTo(6.5f))
                .body("version", equalTo(0));
        SchoolApi.get("senior1", second).statusCode(200)
                .body("name", equalTo("Imported High, Castleford"))
                .body("area", equalTo("Castleford"))
                .body("phase", equalTo("SECONDARY"))
                .body("vulnerability.lookedAfter", equalTo(0))
                .body("vulnerability", equalTo(Map.of("senPercent", 12.25f, "lookedAfter", 0)));
    }

    @Test
    void reimportingUpdatesSchoolsByUrnAndRecordsWhatChanged() {
        String urn = freshUrn();
        String other = freshUrn();
        String file = HEADER + urn + ",Old Name Primary,Airedale,PRIMARY,10,1,2,3\n"
                + other + ",Steady Primary,Airedale,PRIMARY,,,,\n";
        importCsv("admin1", file).statusCode(200).body("created", equalTo(2));

        importCsv("admin1", file.replace("Old Name Primary", "New Name Primary").replace(",10,1,", ",10.00,2,"))
                .statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(1)).body("unchanged", equalTo(1));

        SchoolApi.get("admin1", urn).statusCode(200)
                .body("name", equalTo("New Name Primary"))
                .body("vulnerability.lookedAfter", equalTo(2))
                .body("version", equalTo(1));
        SchoolApi.configChanges("admin1", Map.of("entity", "SCHOOL", "key", urn)).statusCode(200)
                .body("total", equalTo(9))   // seven fields set on creation, two changed by the re-import
                .body("items[0].field", equalTo("name"))
                .body("items[0].oldValue", equalTo("Old Name Primary"))
                .body("items[0].newValue", equalTo("New Name Primary"))
                .body("items[0].username", equalTo("admin1"))
                .body("items[1].field", equalTo("vulnerability.lookedAfter"))
                .body("items[1].oldValue", equalTo("1"))
                .body("items[1].newValue", equalTo("2"));
    }

    @Test
    void aFileWithOneBadRowImportsNothingAndNamesTheLineAndColumn() {
        long before = SchoolApi.total("admin1");
        String good = freshUrn();
        importCsv("admin1", HEADER
                + good + ",Good Primary,Pontefract,PRIMARY,18.5,4,9,6.5\n"
                + freshUrn() + ",Bad Primary,Pontefract,PRIMARY,120,4,9,6.5\n")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("The file has 1 problem. Nothing was imported."))
                .body("errors.field", equalTo(List.of("line 3, column sen_percent")))
                .body("errors.message", equalTo(List.of("must be less than or equal to 100")));

        assertEquals(before, SchoolApi.total("admin1"));
        SchoolApi.get("admin1", good).statusCode(404);
    }

    @Test
    void everyProblemOfTheFileIsListedInFileOrder() {
        String repeated = freshUrn();
        importCsv("admin1", HEADER
                + "12345,Short Urn,Pontefract,PRIMARY,1,1,1,1\n"
                + repeated + ",,Leeds,NURSERY,-1,-2,101,1.234\n"
                + repeated + ",Twice,Pontefract,PRIMARY,1,1,1,1\n"
                + "100001,Too few values\n")
                .statusCode(400)
                .body("errors.field", equalTo(List.of("line 2, column urn", "line 3, column name",
                        "line 3, column area", "line 3, column phase", "line 3, column sen_percent",
                        "line 3, column looked_after", "line 3, column mobility_percent", "line 3, column eal_percent",
                        "line 4, column urn", "line 5")))
                .body("errors[1].message", equalTo("must not be empty"))
                .body("errors[2].message", startsWith("must be one of the service's areas: Airedale, Castleford, "))
                .body("errors[7].message", equalTo("must have at most 2 decimal places"))
                .body("errors[8].message", equalTo("is on line 3 already: a school appears once"));
    }

    @Test
    void onlyAnAdminMayImport() {
        String csv = HEADER + freshUrn() + ",Refused Primary,Pontefract,PRIMARY,1,1,1,1\n";
        importCsv("senco1", csv).statusCode(403).contentType("application/problem+json");
        importCsv("senior1", csv).statusCode(403);
        io.restassured.RestAssured.given().contentType("text/csv").body(csv).post(SchoolApi.SCHOOLS + "/import")
                .then().statusCode(401);
    }

    @Test
    void theImportTakesCsvOnly() {
        io.restassured.RestAssured.given().auth().oauth2(KeycloakTokens.forUser("admin1"))
                .contentType("application/json").body("{}").post(SchoolApi.SCHOOLS + "/import")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void theSampleFileImportsAndAgainChangesNothing() throws IOException {
        String sample = Files.readString(Path.of("..", "docs", "samples", "schools.csv"));
        importCsv("admin1", sample).statusCode(200);
        importCsv("admin1", sample).statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(12));
        SchoolApi.get("admin1", "100011").statusCode(200)
                .body("name", equalTo("Aire View Primary School, Knottingley"));
    }
}
