package org.teamaround.referral;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.teamaround.referral.ReferralFixtures.child;
import static org.teamaround.referral.ReferralFixtures.draft;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Going through a long list: by page number, or by following each page's `next` (the way deep pages stay fast). */
@QuarkusTest
class ReferralPagingTest {

    @Test
    void followingNextGivesTheSameReferralsInTheSameOrderAsPageNumbers() {
        String family = ReferralFixtures.uniqueName();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Map<String, Object> body = draft("100001");
            child(body).put("lastName", family + "x" + i);
            created.add(0, ReferralApi.created("senco1", body));
        }
        List<String> byNumber = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            byNumber.addAll(page(Map.of("q", family, "size", 3, "page", page)).getList("items.id"));
        }
        assertEquals(created, byNumber, "page numbers list the family's referrals newest first");

        List<String> byCursor = new ArrayList<>();
        JsonPath page = page(Map.of("q", family, "size", 3));
        List<Integer> pageNumbers = new ArrayList<>();
        while (true) {
            byCursor.addAll(page.getList("items.id"));
            pageNumbers.add(page.getInt("page"));
            assertEquals(7, page.getLong("total"));
            String next = page.getString("next");
            if (next == null) {
                break;
            }
            page = page(Map.of("q", family, "size", 3, "after", next));
        }
        assertEquals(created, byCursor, "following next lists each referral once, in the same order");
        assertEquals(List.of(0, 1, 2), pageNumbers);
    }

    @Test
    void aCursorThatWasNotGivenOutIsRefusedNamingIt() {
        for (String after : List.of("not-a-cursor", "MTIz", "%%%")) {
            Map<String, Object> query = new HashMap<>(Map.of("after", after));
            ReferralApi.list("senco1", query).statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("after"));
        }
    }

    @Test
    void theLastPageHasNoNext() {
        ReferralApi.list("senco1", Map.of("q", ReferralFixtures.uniqueName())).statusCode(200)
                .body("total", equalTo(0)).body("next", nullValue());
    }

    private static JsonPath page(Map<String, ?> query) {
        return ReferralApi.list("senco1", query).statusCode(200).extract().jsonPath();
    }
}
