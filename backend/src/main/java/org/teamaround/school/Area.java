package org.teamaround.school;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A locality of the service (e.g. Pontefract) with its own triage meetings, their cadence, and schools. */
@Entity
public class Area extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String name;

    /** The panel meets every this many weeks... */
    @Column(name = "triage_every_weeks", nullable = false)
    public int triageEveryWeeks;

    /** ...on this day of the week... */
    @Enumerated(EnumType.STRING)
    @Column(name = "triage_weekday", nullable = false)
    public Weekday triageWeekday;

    /** ...in the series that includes this day, which falls on that weekday. */
    @Column(name = "triage_starts_on", nullable = false)
    public LocalDate triageStartsOn;

    @Version
    public long version;

    /** The area of this name, whatever its case (names are unique regardless of case). */
    public static Optional<Area> findByName(String name) {
        return name == null ? Optional.empty()
                : find("lower(name) = ?1", name.trim().toLowerCase()).firstResultOptional();
    }

    static List<Area> listByName() {
        return list("order by name");
    }

    @Override
    public String toString() {
        return "Area[" + id + "]";
    }
}
