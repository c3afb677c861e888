package org.teamaround.retention;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A family's record past its retention date: due for a senior's review, held for longer, or erased. */
@Entity
@Table(name = "retention_review")
public class RetentionReview extends PanacheEntityBase {

    public enum State { DUE, HELD, ERASED }

    @Id
    public UUID id;

    @Column(name = "referral_id", nullable = false, updatable = false)
    public UUID referralId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(name = "marked_at", nullable = false)
    public Instant markedAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by_id")
    public String decidedById;

    @Column(name = "decided_by_name")
    public String decidedByName;

    @Column(name = "hold_reason")
    public String holdReason;

    @Column(name = "keep_until")
    public LocalDate keepUntil;

    @Version
    public long version;

    @Override
    public String toString() {
        return "RetentionReview[" + id + " " + state + "]";
    }
}
