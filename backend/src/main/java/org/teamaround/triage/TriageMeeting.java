package org.teamaround.triage;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.teamaround.school.Area;

/** A Team Around the School panel: an area's meeting on a day, who attended, chaired by a senior. */
@Entity
@Table(name = "triage_meeting")
public class TriageMeeting extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "meeting_date", nullable = false)
    public LocalDate date;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id")
    public Area area;

    @Column(name = "chair_id", nullable = false)
    public String chairId;

    @Column(name = "chair_name", nullable = false)
    public String chairName;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "triage_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    public List<Attendee> attendees = new ArrayList<>();

    @Version
    public long version;

    /** Someone at the meeting: a user of ours (with their id) or a named person from an agency. */
    @Embeddable
    public static class Attendee {
        public String name;
        public String agency;

        @Column(name = "user_id")
        public String userId;
    }
}
