package org.teamaround.triage;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;

/** One of the service's eligibility rules, which the panel sees checked and may switch off. */
@Entity
@Table(name = "eligibility_rule")
public class EligibilityRule extends PanacheEntityBase {

    public static final String AGE_RANGE = "AGE_RANGE";
    public static final String SEMH_NEED = "SEMH_NEED";
    public static final String NOT_KNOWN_TO_SERVICES = "NOT_KNOWN_TO_SERVICES";

    @Id
    public String code;

    @Column(nullable = false)
    public String label;

    @Column(nullable = false)
    public boolean enabled;

    @Column(name = "min_age")
    public Integer minAge;

    @Column(name = "max_age")
    public Integer maxAge;

    @Version
    public long version;

    static List<EligibilityRule> enabledInOrder() {
        return list("enabled = true order by code");
    }
}
