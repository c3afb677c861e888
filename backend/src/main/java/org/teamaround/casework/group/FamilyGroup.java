package org.teamaround.casework.group;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A parents' or children's group run in an area for a half term; its members are cases. */
@Entity
@Table(name = "family_group")
public class FamilyGroup extends PanacheEntityBase {

    /** A case whose family (or child) belongs to the group. */
    @Embeddable
    public static class Member {
        @Column(name = "case_id", nullable = false)
        public UUID caseId;

        @Column(name = "added_by_name", nullable = false)
        public String addedByName;

        @Column(name = "added_at", nullable = false)
        public Instant addedAt;
    }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GroupKind kind;

    @Column(name = "area_id", nullable = false)
    public UUID areaId;

    @Column(name = "school_year", nullable = false)
    public String schoolYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "half_term", nullable = false)
    public HalfTerm halfTerm;

    @Column(name = "created_by_id", nullable = false)
    public String createdById;

    @Column(name = "created_by_name", nullable = false)
    public String createdByName;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "group_member", joinColumns = @JoinColumn(name = "group_id"))
    public List<Member> members = new ArrayList<>();

    boolean hasMember(UUID caseId) {
        return members.stream().anyMatch(m -> m.caseId.equals(caseId));
    }

    @Override
    public String toString() {
        return "FamilyGroup[" + id + "]";
    }
}
