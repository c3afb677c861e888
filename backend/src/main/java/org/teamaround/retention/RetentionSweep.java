package org.teamaround.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Marks the ended family records past their retention date for a senior's review, brings back held records whose
 * hold has run out, unmarks records whose case was reopened, and forgets sign-in sessions a month old. Several backend
 * replicas may sweep at once: a transaction-scoped PostgreSQL advisory lock lets one of them run and the others
 * return without marking anything.
 */
@ApplicationScoped
class RetentionSweep {

    /** The advisory lock's key: any fixed number no other job uses. */
    static final long LOCK_KEY = 0x7EA4_0001L;

    /** The referral states after which nothing more happens to a family's record (a closed case may reopen). */
    static final List<String> ENDED_STATES = List.of("SIGNPOSTED", "DECLINED", "ESCALATED", "WITHDRAWN", "CLOSED");

    record Result(boolean ran, List<UUID> markedReviews) {}

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @ConfigProperty(name = "teamaround.retention.years-after-birth", defaultValue = "25")
    int yearsAfterBirth;

    @ConfigProperty(name = "teamaround.retention.years-without-birth-date", defaultValue = "6")
    int yearsWithoutBirthDate;

    @Transactional(Transactional.TxType.MANDATORY)
    Result sweep() {
        boolean locked = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", LOCK_KEY).getSingleResult();
        if (!locked) {
            return new Result(false, List.of());
        }
        LocalDate today = LocalDate.now(clock);
        forgetOldSignIns();
        unmarkReopened();
        List<UUID> marked = new ArrayList<>(markPastRetention(today));
        marked.addAll(endExpiredHolds(today));
        return new Result(true, marked);
    }

    /** A case reopened after its record was marked is no longer due: it is marked again once it has ended. */
    private void unmarkReopened() {
        entityManager.createNativeQuery("""
                delete from retention_review v using referral r
                where v.referral_id = r.id and v.state = 'DUE' and r.state not in (:ended)""")
                .setParameter("ended", ENDED_STATES).executeUpdate();
    }

    /** A sign-in session outlives no Keycloak session (hours): its key is kept a month, then forgotten. */
    private void forgetOldSignIns() {
        entityManager.createNativeQuery("delete from sign_in_seen where seen_at < :before")
                .setParameter("before", clock.instant().minus(java.time.Duration.ofDays(30))).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<UUID> markPastRetention(LocalDate today) {
        return entityManager.createNativeQuery("""
                insert into retention_review (id, referral_id, state, due_on, marked_at)
                select gen_random_uuid(), r.id, 'DUE', due.on_date, :now
                from referral r
                cross join lateral (select case when r.child_date_of_birth is not null
                        then (r.child_date_of_birth + make_interval(years => :afterBirth))::date
                        else ((r.created_at at time zone 'Europe/London') + make_interval(years => :withoutBirth))::date
                    end as on_date) due
                where r.state in (:ended) and r.erased_at is null and due.on_date <= :today
                  and not exists (select 1 from retention_review v where v.referral_id = r.id)
                on conflict (referral_id) do nothing
                returning id""", UUID.class)
                .setParameter("now", clock.instant())
                .setParameter("afterBirth", yearsAfterBirth)
                .setParameter("withoutBirth", yearsWithoutBirthDate)
                .setParameter("ended", ENDED_STATES)
                .setParameter("today", today)
                .getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<UUID> endExpiredHolds(LocalDate today) {
        return entityManager.createNativeQuery("""
                update retention_review set state = 'DUE', marked_at = :now, decided_at = null, decided_by_id = null,
                    decided_by_name = null, hold_reason = null, keep_until = null, version = version + 1
                where state = 'HELD' and keep_until <= :today
                returning id""", UUID.class)
                .setParameter("now", clock.instant())
                .setParameter("today", today)
                .getResultList();
    }
}
