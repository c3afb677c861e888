package org.teamaround.casework.partner;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** What an invited partner adds to a case: what their agency knows or is doing. */
@Entity
@Table(name = "case_contribution")
public class Contribution extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "invitation_id", nullable = false)
    public UUID invitationId;

    @Column(nullable = false)
    public String body;

    @Column(name = "author_id", nullable = false)
    public String authorId;

    @Column(name = "author_name", nullable = false)
    public String authorName;

    @Column(nullable = false)
    public String agency;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;

    @Override
    public String toString() {
        return "Contribution[" + id + "]";
    }
}
