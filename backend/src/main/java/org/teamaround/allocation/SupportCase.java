package org.teamaround.allocation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The case an allocated referral becomes: whose it is and when the family must first be contacted. */
@Entity
@Table(name = "support_case")
public class SupportCase extends PanacheEntityBase {

    public static final String ALLOCATED = "ALLOCATED";
    public static final String ACTIVE = "ACTIVE";
    public static final String CLOSED = "CLOSED";

    @Id
    public UUID id;

    @Column(name = "referral_id", nullable = false, unique = true)
    public UUID referralId;

    @Column(name = "practitioner_id", nullable = false)
    public String practitionerId;

    @Column(nullable = false)
    public String state;

    @Column(name = "allocated_on", nullable = false)
    public LocalDate allocatedOn;

    @Column(name = "first_contact_due", nullable = false)
    public LocalDate firstContactDue;

    /** The earliest contact with the family; none while ALLOCATED. */
    @Column(name = "first_contact_on")
    public LocalDate firstContactOn;

    /** When the next Team Around the Family review is due: set by the first contact, then by each review. */
    @Column(name = "next_review_due")
    public LocalDate nextReviewDue;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "allocated_by_id", nullable = false)
    public String allocatedById;

    @Column(name = "allocated_by_name", nullable = false)
    public String allocatedByName;

    @Column(name = "override_reason")
    public String overrideReason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    /** Open cases of a practitioner: their caseload. */
    static long caseload(String practitionerId) {
        return count("practitionerId = ?1 and state in ?2", practitionerId, java.util.List.of(ALLOCATED, ACTIVE));
    }
}
