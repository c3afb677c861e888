package org.teamaround.referral;

import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** References stay unique and accepted however many referrals the service has taken. */
@QuarkusTest
class ReferralReferenceTest {

    @Test
    void theMillionthReferralGetsASeventhDigit() throws SQLException {
        try (Connection owner = ownerConnection()) {
            owner.createStatement().execute(
                    "select setval('referral_reference_seq', greatest(999999, (select last_value from referral_reference_seq)))");
        }
        ReferralApi.create("senco1", Map.of("schoolUrn", "100001")).statusCode(201)
                .body("reference", matchesPattern("TA-\\d{4}-\\d{7}"));
    }

    /** The sequence is the schema owner's: the service's own login may only draw from it. */
    private static Connection ownerConnection() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.flyway.username", String.class),
                config.getValue("quarkus.flyway.password", String.class));
    }
}
