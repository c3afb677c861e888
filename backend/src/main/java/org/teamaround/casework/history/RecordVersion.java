package org.teamaround.casework.history;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One saved version of a case record, as it was saved; the table refuses changes. */
@Entity
@Table(name = "case_record_version")
public class RecordVersion extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RecordKind kind;

    @Column(nullable = false)
    public int number;

    public String state;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Object content;

    @Column(name = "saved_by_id", nullable = false)
    public String savedById;

    @Column(name = "saved_by_name", nullable = false)
    public String savedByName;

    @Column(name = "saved_at", nullable = false)
    public Instant savedAt;

    @Override
    public String toString() {
        return "RecordVersion[" + kind + " " + number + "]";
    }
}
