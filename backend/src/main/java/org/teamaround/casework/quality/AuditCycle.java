package org.teamaround.casework.quality;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One round of case audits: the open cases sampled on a day, for seniors to grade. */
@Entity
@Table(name = "case_audit_cycle")
public class AuditCycle extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "started_on", nullable = false)
    public LocalDate startedOn;

    @Column(name = "sample_size", nullable = false)
    public int sampleSize;

    @Column(name = "started_by_id", nullable = false)
    public String startedById;

    @Column(name = "started_by_name", nullable = false)
    public String startedByName;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Override
    public String toString() {
        return "AuditCycle[" + id + "]";
    }
}
