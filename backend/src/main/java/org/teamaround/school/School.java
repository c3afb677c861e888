package org.teamaround.school;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Optional;
import org.teamaround.allocation.rules.SchoolVulnerability;
import org.teamaround.allocation.rules.VulnerabilityWeights;

/**
 * A school that may refer families, identified by its URN from Get Information about Schools, with the
 * figures of the local authority's Vulnerability Table (null where not known).
 */
@Entity
public class School extends PanacheEntityBase {

    @Id
    public String urn;

    @Column(nullable = false)
    public String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id")
    public Area area;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SchoolPhase phase;

    /** Pupils with special educational needs, % of roll. */
    @Column(name = "sen_percent")
    public BigDecimal senPercent;

    /** Looked-after children on roll. */
    @Column(name = "looked_after")
    public Integer lookedAfter;

    /** Pupils who joined or left outside the usual times, % of roll. */
    @Column(name = "mobility_percent")
    public BigDecimal mobilityPercent;

    /** Pupils with English as an additional language, % of roll. */
    @Column(name = "eal_percent")
    public BigDecimal ealPercent;

    @Version
    public long version;

    /** The weighted vulnerability score the allocation queue and the reports use, or null without any figures. */
    public BigDecimal vulnerabilityScore() {
        if (senPercent == null && lookedAfter == null && mobilityPercent == null && ealPercent == null) {
            return null;
        }
        return VulnerabilityWeights.DEFAULTS.score(new SchoolVulnerability(senPercent, lookedAfter, mobilityPercent,
                ealPercent));
    }

    public static Optional<School> findByUrn(String urn) {
        return urn == null ? Optional.empty() : findByIdOptional(urn);
    }

    /** The school's name, or its URN when the service no longer lists it. */
    public static String nameOf(String urn) {
        return findByUrn(urn).map(school -> school.name).orElse(urn);
    }

    @Override
    public String toString() {
        return "School[" + urn + "]";
    }
}
