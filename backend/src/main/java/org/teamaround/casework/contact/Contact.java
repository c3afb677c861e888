package org.teamaround.casework.contact;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A contact with the family: when, how, for how long, who was seen, and what happened. */
@Entity
@Table(name = "case_contact")
public class Contact extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "contact_date", nullable = false)
    public LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContactType type;

    @Column(name = "duration_minutes", nullable = false)
    public int durationMinutes;

    @Column(name = "who_seen")
    public String whoSeen;

    @Column(name = "child_seen", nullable = false)
    public boolean childSeen;

    @Column(name = "child_seen_alone")
    public Boolean childSeenAlone;

    @Column(nullable = false)
    public String note;

    @Column(name = "recorded_by_id", nullable = false)
    public String recordedById;

    @Column(name = "recorded_by_name", nullable = false)
    public String recordedByName;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public static List<Contact> ofCase(UUID caseId) {
        return list("caseId = ?1 order by date desc, recordedAt desc", caseId);
    }

    @Override
    public String toString() {
        return "Contact[" + id + "]";
    }
}
