package org.teamaround.casework.quality;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A sampled case in an audit cycle: ungraded until an auditor grades it with findings and actions. */
@Entity
@Table(name = "case_audit")
public class CaseAudit extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "cycle_id", nullable = false)
    public UUID cycleId;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    public AuditGrade grade;

    public String findings;

    /** What the practitioner is to do. */
    public String actions;

    @Column(name = "audited_by_id")
    public String auditedById;

    @Column(name = "audited_by_name")
    public String auditedByName;

    @Column(name = "audited_at")
    public Instant auditedAt;

    @Version
    public long version;

    @Override
    public String toString() {
        return "CaseAudit[" + id + "]";
    }
}
