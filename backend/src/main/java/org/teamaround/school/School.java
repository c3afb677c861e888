package org.teamaround.school;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.util.Optional;

/** A school that may refer families, identified by its URN from Get Information about Schools. */
@Entity
public class School extends PanacheEntityBase {

    @Id
    public String urn;

    @Column(nullable = false)
    public String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id")
    public Area area;

    @Column(nullable = false)
    public String phase;

    @Version
    public long version;

    public static Optional<School> findByUrn(String urn) {
        return urn == null ? Optional.empty() : findByIdOptional(urn);
    }

    @Override
    public String toString() {
        return "School[" + urn + "]";
    }
}
