package org.teamaround.school;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.UUID;

/** A locality of the service (e.g. Pontefract) with its own triage meetings and schools. */
@Entity
public class Area extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String name;

    @Version
    public long version;

    @Override
    public String toString() {
        return "Area[" + id + "]";
    }
}
