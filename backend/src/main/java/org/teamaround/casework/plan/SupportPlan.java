package org.teamaround.casework.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A case's support plan as it stands: its actions in order and the interventions it uses. */
@Entity
@Table(name = "support_plan")
public class SupportPlan extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false, unique = true)
    public UUID caseId;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<PlanAction> actions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_intervention", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "code")
    public Set<String> interventions = new LinkedHashSet<>();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by_name", nullable = false)
    public String updatedByName;

    @Version
    public long version;

    public static Optional<SupportPlan> ofCase(UUID caseId) {
        return find("caseId", caseId).firstResultOptional();
    }

    @Override
    public String toString() {
        return "SupportPlan[" + id + "]";
    }
}
