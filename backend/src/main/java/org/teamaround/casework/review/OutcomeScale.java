package org.teamaround.casework.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A scale the family scores at each review (e.g. the child's wellbeing, 1 to 10), from the service's list. */
@Entity
@Table(name = "outcome_scale")
public class OutcomeScale extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String label;

    @Column(name = "min_score", nullable = false)
    public int minScore;

    @Column(name = "max_score", nullable = false)
    public int maxScore;

    @Column(nullable = false)
    public boolean enabled;

    @Column(nullable = false)
    public int position;

    @Override
    public String toString() {
        return "OutcomeScale[" + code + "]";
    }
}
