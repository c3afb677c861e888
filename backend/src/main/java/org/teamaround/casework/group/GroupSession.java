package org.teamaround.casework.group;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** One session of a group, and the members (cases) who attended it. */
@Entity
@Table(name = "group_session")
public class GroupSession extends PanacheEntityBase {

    /** A member at the session (the group is repeated so the database can check membership). */
    @Embeddable
    public static class Attendance {
        @Column(name = "group_id", nullable = false)
        public UUID groupId;

        @Column(name = "case_id", nullable = false)
        public UUID caseId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Attendance a && a.groupId.equals(groupId) && a.caseId.equals(caseId);
        }

        @Override
        public int hashCode() {
            return caseId.hashCode();
        }
    }

    @Id
    public UUID id;

    @Column(name = "group_id", nullable = false)
    public UUID groupId;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    public String topic;

    @Column(name = "recorded_by_name", nullable = false)
    public String recordedByName;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @ElementCollection
    @CollectionTable(name = "group_attendance", joinColumns = @JoinColumn(name = "session_id"))
    public Set<Attendance> attended = new HashSet<>();

    @Override
    public String toString() {
        return "GroupSession[" + id + "]";
    }
}
