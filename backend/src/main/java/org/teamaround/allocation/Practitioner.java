package org.teamaround.allocation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.teamaround.school.Area;

/** A Keycloak user with role practitioner, with what Keycloak has no place for: caseload capacity and area. */
@Entity
public class Practitioner extends PanacheEntityBase {

    /** The Keycloak user id. */
    @Id
    public String id;

    @Column(nullable = false)
    public String username;

    @Column(nullable = false)
    public String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "area_id")
    public Area area;

    @Column(nullable = false)
    public int capacity;

    @Version
    public long version;

    @Override
    public String toString() {
        return "Practitioner[" + id + "]";
    }
}
