package org.teamaround.triage;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** What a panel decided about one referral, why, and who follows it up. */
@Entity
@Table(name = "triage_decision")
public class TriageDecision extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "referral_id", nullable = false)
    public UUID referralId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DecisionOutcome outcome;

    @Column(nullable = false)
    public String rationale;

    @Enumerated(EnumType.STRING)
    @Column(name = "decline_reason")
    public DeclineReason declineReason;

    @Column(name = "follow_up_by")
    public String followUpBy;

    @Column(name = "info_requested")
    public String infoRequested;

    @Column(name = "eligibility_override_reason")
    public String eligibilityOverrideReason;

    @Column(name = "eligibility_overridden", nullable = false)
    public boolean eligibilityOverridden;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    @Column(name = "decided_by_id", nullable = false)
    public String decidedById;

    @Column(name = "decided_by_name", nullable = false)
    public String decidedByName;

    @ElementCollection
    @CollectionTable(name = "triage_decision_service", joinColumns = @JoinColumn(name = "decision_id"))
    @Column(name = "service_id")
    public Set<UUID> serviceIds = new LinkedHashSet<>();

    @Override
    public String toString() {
        return "TriageDecision[" + id + " " + outcome + "]";
    }
}
