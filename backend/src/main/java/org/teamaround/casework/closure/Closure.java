package org.teamaround.casework.closure;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** How a case closed: why, the outcomes against the referral, and the feedback. */
@Entity
@Table(name = "case_closure")
public class Closure extends PanacheEntityBase {

    /** One piece of feedback: a quote, a rating of 1 to 5, or both. */
    @Embeddable
    public static class Feedback {
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public FeedbackSource source;

        public String quote;

        public Integer rating;
    }

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "closed_on", nullable = false)
    public LocalDate closedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ClosureReason reason;

    @Column(name = "reason_detail")
    public String reasonDetail;

    @Column(name = "placement_kept", nullable = false)
    public boolean placementKept;

    @Column(name = "attendance_percent_after")
    public BigDecimal attendancePercentAfter;

    @Column(name = "suspensions_after")
    public Integer suspensionsAfter;

    @Column(name = "at_risk_of_exclusion_after")
    public Boolean atRiskOfExclusionAfter;

    @Column(name = "ehc_needs_assessment_requested", nullable = false)
    public boolean ehcNeedsAssessmentRequested;

    @Column(name = "ehcp_issued", nullable = false)
    public boolean ehcpIssued;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "supporting_families_headlines", nullable = false)
    public List<String> supportingFamiliesHeadlines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "closure_feedback", joinColumns = @JoinColumn(name = "closure_id"))
    @OrderColumn(name = "position")
    public List<Feedback> feedback = new ArrayList<>();

    @Column(name = "closed_by_id", nullable = false)
    public String closedById;

    @Column(name = "closed_by_name", nullable = false)
    public String closedByName;

    @Column(name = "closed_at", nullable = false)
    public Instant closedAt;

    /** Set when a senior reopened the case: this closure no longer stands. */
    @Column(name = "reopened_at")
    public Instant reopenedAt;

    @Column(name = "reopened_by_name")
    public String reopenedByName;

    @Column(name = "reopen_reason")
    public String reopenReason;

    /** The closure that stands for the case: the latest, unless the case was reopened since. */
    static Optional<Closure> standing(UUID caseId) {
        return find("caseId = ?1 and reopenedAt is null", caseId).firstResultOptional();
    }

    @Override
    public String toString() {
        return "Closure[" + id + "]";
    }
}
