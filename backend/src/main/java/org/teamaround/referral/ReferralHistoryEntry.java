package org.teamaround.referral;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One step of a referral's journey: who moved it from which state to which, when and why. */
@Entity
@Table(name = "referral_history")
public class ReferralHistoryEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "referral_id", nullable = false)
    public UUID referralId;

    @Column(nullable = false)
    public Instant at;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    public ReferralState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false)
    public ReferralState toState;

    @Column(name = "by_id", nullable = false)
    public String byId;

    @Column(name = "by_name", nullable = false)
    public String byName;

    public String reason;

    static List<ReferralHistoryEntry> of(UUID referralId) {
        return list("referralId = ?1 order by at, id", referralId);
    }

    @Override
    public String toString() {
        return "ReferralHistoryEntry[" + referralId + " " + fromState + "->" + toState + "]";
    }
}
