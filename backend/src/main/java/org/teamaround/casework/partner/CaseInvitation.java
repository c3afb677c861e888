package org.teamaround.casework.partner;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A partner user, or every partner of an agency, invited to read one case and add to it for a period. */
@Entity
@Table(name = "case_invitation")
public class CaseInvitation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    /** The Keycloak user invited, or null when the invitation is to the whole agency. */
    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "partner_name")
    public String partnerName;

    @Column(nullable = false)
    public String agency;

    @Column(name = "valid_from", nullable = false)
    public LocalDate from;

    @Column(name = "valid_until", nullable = false)
    public LocalDate until;

    public String note;

    @Column(name = "invited_by_id", nullable = false)
    public String invitedById;

    @Column(name = "invited_by_name", nullable = false)
    public String invitedByName;

    @Column(name = "invited_at", nullable = false)
    public Instant invitedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "ended_by_name")
    public String endedByName;

    /** Open today: not ended, and today within its period. */
    boolean isCurrent(LocalDate today) {
        return endedAt == null && !today.isBefore(from) && !today.isAfter(until);
    }

    @Override
    public String toString() {
        return "CaseInvitation[" + id + "]";
    }
}
