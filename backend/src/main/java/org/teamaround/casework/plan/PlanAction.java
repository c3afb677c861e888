package org.teamaround.casework.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A SMART action of a support plan: what, who, by when, and where it stands. */
@Entity
@Table(name = "plan_action")
public class PlanAction extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public SupportPlan plan;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String what;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActionOwner who;

    @Column(name = "partner_agency")
    public String partnerAgency;

    @Column(name = "by_when", nullable = false)
    public LocalDate byWhen;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActionStatus status;

    @Override
    public String toString() {
        return "PlanAction[" + id + "]";
    }
}
