package org.teamaround.common.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One row of the append-only audit trail: who did what to which record, when and from where. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public Instant at;

    @Column(name = "user_id", nullable = false)
    public String userId;

    public String username;

    @Column(nullable = false)
    public String roles;

    @Column(name = "client_id")
    public String clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AuditAction action;

    @Column(name = "record_type", nullable = false)
    public String recordType;

    @Column(name = "record_id")
    public UUID recordId;

    @Column(name = "request_id")
    public String requestId;

    @Column(name = "source_ip")
    public String sourceIp;

    @Override
    public String toString() {
        return "AuditEvent[" + id + " " + action + " " + recordType + " " + recordId + "]";
    }
}
