package org.teamaround.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.teamaround.referral.ReferralFixtures.complete;
import static org.teamaround.referral.ReferralFixtures.draft;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.teamaround.common.audit.AuditEvent;

/** The audit trail and the database's own guard of the referral's invariants. */
@QuarkusTest
class ReferralRecordKeepingTest {

    @Inject
    EntityManager entityManager;

    @Test
    void everyReadAndWriteOfAReferralIsAudited() {
        String id = ReferralApi.created("senco1", complete("100001"));
        ReferralApi.get("senco1", id).statusCode(200);
        Map<String, Object> body = complete("100001");
        body.put("version", 0);
        ReferralApi.update("senco1", id, body).statusCode(200);
        ReferralApi.submit("senco1", id).statusCode(200);
        ReferralApi.get("senior1", id).statusCode(200);
        ReferralApi.get("senco2", id).statusCode(404);

        List<String> trail = QuarkusTransaction.requiringNew().call(() -> AuditEvent
                .<AuditEvent>list("recordId = ?1 order by at, id", UUID.fromString(id)).stream()
                .map(e -> e.action + " " + e.username).toList());
        assertEquals(List.of("CREATE senco1", "READ senco1", "UPDATE senco1", "TRANSITION senco1", "READ senior1",
                "DENIED senco2"), trail);
    }

    @Test
    void auditRowsCannotBeChangedOrDeleted() {
        String id = ReferralApi.created("senco1", draft("100001"));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update audit_event set username = 'someone' where record_id = ?1")
                .setParameter(1, UUID.fromString(id)).executeUpdate()));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from audit_event where record_id = ?1")
                .setParameter(1, UUID.fromString(id)).executeUpdate()));
        long rows = QuarkusTransaction.requiringNew().call(() -> AuditEvent.count("recordId", UUID.fromString(id)));
        assertEquals(1, rows);
    }

    @Test
    void databaseRefusesASubmittedReferralWithoutConsent() {
        String id = ReferralApi.created("senco1", complete("100001"));
        ReferralApi.submit("senco1", id).statusCode(200);
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update referral set consent_given_by = null where id = ?1")
                .setParameter(1, UUID.fromString(id)).executeUpdate()));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update referral set state = 'LOST' where id = ?1")
                .setParameter(1, UUID.fromString(id)).executeUpdate()));
    }
}
