package org.teamaround.triage;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import org.teamaround.school.Area;

/** A service the panel may signpost a family to (Open Referral UK's service, trimmed to what we use). */
@Entity
@Table(name = "service_directory_entry")
public class ServiceDirectoryEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "area_id")
    public Area area;

    @Column(nullable = false)
    public String contact;

    @Column(nullable = false)
    public boolean active;
}
