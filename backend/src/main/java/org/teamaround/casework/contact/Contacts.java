package org.teamaround.casework.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.teamaround.allocation.CaseAccess;
import org.teamaround.allocation.SupportCase;
import org.teamaround.casework.contact.ContactRecords.ContactRequest;
import org.teamaround.casework.contact.ContactRecords.ContactView;
import org.teamaround.casework.review.Review;
import org.teamaround.casework.review.ReviewCadence;
import org.teamaround.common.audit.AuditAction;
import org.teamaround.common.audit.AuditLog;
import org.teamaround.common.error.ApiException;
import org.teamaround.common.security.CurrentUser;
import org.teamaround.referral.Referral;
import org.teamaround.referral.ReferralState;
import org.teamaround.referral.ReferralTransitions;

/** Records contacts with the family; the first one makes the case (and its referral) ACTIVE and stops the clock. */
@ApplicationScoped
class Contacts {

    static final String RECORD_TYPE = "CASE_CONTACT";

    @Inject
    CaseAccess cases;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    ReferralTransitions transitions;

    @Inject
    ReviewCadence cadence;

    @Inject
    Clock clock;

    @Transactional
    ContactView record(UUID caseId, ContactRequest request) {
        SupportCase supportCase = cases.requireOpen(caseId);
        check(request, supportCase);
        Contact contact = new Contact();
        contact.id = UUID.randomUUID();
        contact.caseId = supportCase.id;
        contact.date = request.date();
        contact.type = request.type();
        contact.durationMinutes = request.durationMinutes();
        contact.whoSeen = blankToNull(request.whoSeen());
        contact.childSeen = request.childSeen();
        contact.childSeenAlone = request.childSeen() ? request.childSeenAlone() : null;
        contact.note = request.note().trim();
        contact.recordedById = user.id();
        contact.recordedByName = user.displayName();
        contact.recordedAt = clock.instant();
        contact.persist();
        audit.record(AuditAction.CREATE, RECORD_TYPE, contact.id);
        stopTheClock(supportCase, contact.date);
        return ContactView.of(contact);
    }

    @Transactional
    List<ContactView> list(UUID caseId) {
        SupportCase supportCase = cases.require(caseId);
        List<Contact> contacts = Contact.ofCase(supportCase.id);
        contacts.forEach(c -> audit.record(AuditAction.LIST, RECORD_TYPE, c.id));
        return contacts.stream().map(ContactView::of).toList();
    }

    /** The first contact activates the case; a contact dated before the first one known becomes the first. */
    private void stopTheClock(SupportCase supportCase, LocalDate date) {
        if (SupportCase.ALLOCATED.equals(supportCase.state)) {
            supportCase.state = SupportCase.ACTIVE;
            supportCase.firstContactOn = date;
            supportCase.nextReviewDue = cadence.nextAfter(date);
            transitions.move(Referral.findById(supportCase.referralId), ReferralState.ACTIVE, "First contact with the family");
            audit.record(AuditAction.TRANSITION, CaseAccess.RECORD_TYPE, supportCase.id);
        } else if (date.isBefore(supportCase.firstContactOn)) {
            supportCase.firstContactOn = date;
            if (Review.count("caseId", supportCase.id) == 0) {
                supportCase.nextReviewDue = cadence.nextAfter(date); // the first review follows the first contact
            }
            audit.record(AuditAction.UPDATE, CaseAccess.RECORD_TYPE, supportCase.id);
        }
        SupportCase.flush();
    }

    private void check(ContactRequest request, SupportCase supportCase) {
        LocalDate today = LocalDate.now(clock);
        if (request.date().isAfter(today)) {
            throw ApiException.invalid("date", "must not be in the future");
        }
        if (request.date().isBefore(supportCase.allocatedOn)) {
            throw ApiException.invalid("date", "must not be before the allocation on " + supportCase.allocatedOn);
        }
        if (!request.childSeen() && Boolean.TRUE.equals(request.childSeenAlone())) {
            throw ApiException.invalid("childSeenAlone", "can only be yes when the child was seen");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
