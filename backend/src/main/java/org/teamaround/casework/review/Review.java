package org.teamaround.casework.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.teamaround.casework.plan.ActionStatus;

/** A Team Around the Family review of a case: who came, how each action went, the scores and the decision. */
@Entity
@Table(name = "case_review")
public class Review extends PanacheEntityBase {

    public static final String AWAITING_SENIOR = "AWAITING_SENIOR";
    public static final String AGREED = "AGREED";
    public static final String REFUSED = "REFUSED";

    /** Progress on one plan action, with the action's words as they were at the review. */
    @Embeddable
    public static class Progress {
        @Column(name = "action_id")
        public UUID actionId;

        @Column(name = "action_what", nullable = false)
        public String actionWhat;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public ActionStatus status;

        public String note;
    }

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> attendees = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReviewDecision decision;

    public String notes;

    @Column(name = "next_due")
    public LocalDate nextDue;

    @Column(name = "extension_status")
    public String extensionStatus;

    @Column(name = "extension_decided_by_id")
    public String extensionDecidedById;

    @Column(name = "extension_decided_by_name")
    public String extensionDecidedByName;

    @Column(name = "extension_decided_at")
    public Instant extensionDecidedAt;

    @Column(name = "extension_note")
    public String extensionNote;

    @ElementCollection
    @CollectionTable(name = "review_progress", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    public List<Progress> progress = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "review_score", joinColumns = @JoinColumn(name = "review_id"))
    @MapKeyColumn(name = "scale")
    @Column(name = "score", nullable = false)
    public Map<String, Integer> scores = new LinkedHashMap<>();

    @Column(name = "recorded_by_id", nullable = false)
    public String recordedById;

    @Column(name = "recorded_by_name", nullable = false)
    public String recordedByName;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Version
    public long version;

    public static List<Review> ofCase(UUID caseId) {
        return list("caseId = ?1 order by heldOn desc, recordedAt desc", caseId);
    }

    @Override
    public String toString() {
        return "Review[" + id + "]";
    }
}
