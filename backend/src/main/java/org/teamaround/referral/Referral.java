package org.teamaround.referral;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** A family referred by a school: the child, siblings, carers, needs, consent, and where it stands. */
@Entity
public class Referral extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReferralState state;

    @Column(name = "school_urn", nullable = false)
    public String schoolUrn;

    @Column(name = "created_by_id", nullable = false, updatable = false)
    public String createdById;

    @Column(name = "created_by_name", nullable = false, updatable = false)
    public String createdByName;

    @Column(name = "created_by_client", nullable = false, updatable = false)
    public String createdByClient;

    @Embedded
    public ChildDetails child = new ChildDetails();

    @ElementCollection
    @CollectionTable(name = "referral_sibling", joinColumns = @JoinColumn(name = "referral_id"))
    @OrderColumn(name = "position")
    public List<FamilyMembers.Sibling> siblings = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "referral_carer", joinColumns = @JoinColumn(name = "referral_id"))
    @OrderColumn(name = "position")
    public List<FamilyMembers.Carer> carers = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "referral_need", joinColumns = @JoinColumn(name = "referral_id"))
    @Column(name = "tag")
    public Set<String> needTags = new TreeSet<>();

    @Column(name = "needs_description")
    public String needsDescription;

    @Column(name = "attendance_percent")
    public BigDecimal attendancePercent;

    @Column(name = "suspensions_this_year")
    public Integer suspensionsThisYear;

    @Column(name = "at_risk_of_exclusion")
    public Boolean atRiskOfExclusion;

    @Column(name = "school_actions")
    public String schoolActions;

    @Column(name = "known_to_early_help")
    public String knownToEarlyHelp;

    @Column(name = "known_to_social_care")
    public String knownToSocialCare;

    @Column(name = "consent_given_by")
    public String consentGivenBy;

    @Column(name = "consent_given_on")
    public LocalDate consentGivenOn;

    @Column(name = "consent_method")
    public String consentMethod;

    @Column(name = "consent_information_sharing")
    public Boolean consentInformationSharing;

    @Column(name = "safeguarding_concern", nullable = false)
    public boolean safeguardingConcern;

    @Column(name = "safeguarding_needs_attention", nullable = false)
    public boolean safeguardingNeedsAttention;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Version
    public long version;

    /** Hibernate loads an all-empty embedded part as null; a draft's child is never null to the code. */
    public ChildDetails getChild() {
        if (child == null) {
            child = new ChildDetails();
        }
        return child;
    }

    /** The child's full name as staff lists show it, or null while a draft has none. */
    public String childName() {
        return getChild().firstName == null ? null : getChild().firstName + " " + getChild().lastName;
    }

    @Override
    public String toString() {
        return "Referral[" + id + " " + reference + " " + state + "]";
    }
}
