package org.teamaround.casework.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An intervention a plan can use (PACE, parenting programmes, groups...), from the list the service keeps. */
@Entity
public class Intervention extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String label;

    @Column(nullable = false)
    public boolean enabled;

    @Column(nullable = false)
    public int position;

    @Override
    public String toString() {
        return "Intervention[" + code + "]";
    }
}
