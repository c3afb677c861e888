package org.teamaround.referral;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/** A presenting need a referral can be tagged with, from the service's configurable list. */
@Entity
@Table(name = "need_tag")
public class NeedTag extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String label;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public boolean active;

    static List<NeedTag> activeInOrder() {
        return list("active = true order by position");
    }
}
