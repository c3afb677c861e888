package org.teamaround.casework.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A case's holistic family assessment as it stands: a draft being written, or completed. */
@Entity
@Table(name = "case_assessment")
public class Assessment extends PanacheEntityBase {

    public static final String DRAFT = "DRAFT";
    public static final String COMPLETED = "COMPLETED";

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false, unique = true)
    public UUID caseId;

    @Column(nullable = false)
    public String state;

    @Column(name = "child_needs")
    public String childNeeds;

    @Column(name = "parenting_capacity")
    public String parentingCapacity;

    @Column(name = "family_environment")
    public String familyEnvironment;

    public String strengths;

    public String risks;

    @Column(name = "wishes_and_feelings")
    public String wishesAndFeelings;

    public String aspirations;

    @Column(name = "school_input")
    public String schoolInput;

    @Column(name = "family_network")
    public String familyNetwork;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by_name", nullable = false)
    public String updatedByName;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "completed_by_id")
    public String completedById;

    @Column(name = "completed_by_name")
    public String completedByName;

    @Version
    public long version;

    public static Optional<Assessment> ofCase(UUID caseId) {
        return find("caseId", caseId).firstResultOptional();
    }

    AssessmentSections sections() {
        return new AssessmentSections(childNeeds, parentingCapacity, familyEnvironment, strengths, risks,
                wishesAndFeelings, aspirations, schoolInput, familyNetwork);
    }

    void write(AssessmentSections s) {
        childNeeds = s.childNeeds();
        parentingCapacity = s.parentingCapacity();
        familyEnvironment = s.familyEnvironment();
        strengths = s.strengths();
        risks = s.risks();
        wishesAndFeelings = s.wishesAndFeelings();
        aspirations = s.aspirations();
        schoolInput = s.schoolInput();
        familyNetwork = s.familyNetwork();
    }

    @Override
    public String toString() {
        return "Assessment[" + id + "]";
    }
}
