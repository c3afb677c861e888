package org.teamaround.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.teamaround.common.time.Clocks;
import java.util.List;
import org.teamaround.school.School;

/** Builds the referral the API answers with: the record, its school, history, warnings and next actions. */
@ApplicationScoped
public class ReferralViews {

    static final String SAFEGUARDING_NOTICE = "You said there is an immediate safeguarding concern. A referral is not "
            + "the route for it: contact the social care duty team now. This referral has been marked for a senior "
            + "practitioner's attention.";

    @Inject
    Clock clock;

    @Inject
    ReferralDecisions decisions;

    @Inject
    ReferralScope scope;

    /** The referral as the caller may see it; unaudited: the caller writes the audit row. */
    public ReferralView of(Referral r) {
        School school = School.findByUrn(r.schoolUrn).orElseThrow();
        List<ReferralView.HistoryEntry> history = ReferralHistoryEntry.of(r.id).stream()
                .filter(h -> scope.seesCaseWork() || !h.toState.isCaseWork())
                .map(h -> new ReferralView.HistoryEntry(h.at, h.fromState, h.toState, h.byName, h.reason))
                .toList();
        return new ReferralView(r.id, r.reference, scope.shown(r.state), r.version, r.schoolUrn, school.name, school.area.name,
                ReferralMapper.child(r.child), ReferralMapper.siblings(r), ReferralMapper.carers(r),
                ReferralMapper.needs(r), ReferralMapper.education(r), r.schoolActions, ReferralMapper.knownTo(r),
                ReferralMapper.consent(r), r.safeguardingConcern, r.safeguardingNeedsAttention, r.createdAt,
                r.updatedAt, r.submittedAt, new ReferralView.Person(r.createdById, r.createdByName), history,
                ReferralRules.warnings(r, yearGroupDay(r)),
                r.safeguardingConcern ? List.of(SAFEGUARDING_NOTICE) : List.of(),
                ReferralAction.allowedIn(r.state), decisions.latest(r.id).orElse(null));
    }

    /** A sent referral's year group is checked against the school year it was sent in; a draft's against today's. */
    private LocalDate yearGroupDay(Referral r) {
        return r.submittedAt == null ? LocalDate.now(clock) : r.submittedAt.atZone(Clocks.LONDON).toLocalDate();
    }
}
