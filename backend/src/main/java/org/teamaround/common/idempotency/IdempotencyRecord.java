package org.teamaround.common.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A write a client made with an Idempotency-Key: what it asked (as a hash) and which record it produced. */
@Entity
@Table(name = "idempotency_record")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord extends PanacheEntityBase {

    @Id
    @Column(name = "client_id")
    public String clientId;

    @Id
    @Column(name = "idem_key")
    public String idemKey;

    @Column(nullable = false)
    public String operation;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(nullable = false)
    public int status;

    @Column(name = "resource_id", nullable = false)
    public UUID resourceId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The composite key: one client's one key. */
    public record Key(String clientId, String idemKey) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
