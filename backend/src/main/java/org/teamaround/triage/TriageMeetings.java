package org.teamaround.triage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.teamaround.common.audit.AuditAction;
import org.teamaround.common.audit.AuditLog;
import org.teamaround.common.error.ApiException;
import org.teamaround.common.security.CurrentUser;
import org.teamaround.common.security.Roles;
import org.teamaround.referral.Referral;
import org.teamaround.referral.ReferralState;
import org.teamaround.school.Area;
import org.teamaround.school.School;
import org.teamaround.triage.TriageRecords.AgendaItem;
import org.teamaround.triage.TriageRecords.AttendeeView;
import org.teamaround.triage.TriageRecords.MeetingRequest;
import org.teamaround.triage.TriageRecords.MeetingSummary;
import org.teamaround.triage.TriageRecords.MeetingView;

/** Schedules panel meetings and builds their agenda: the area's referrals waiting for a decision, oldest first. */
@ApplicationScoped
class TriageMeetings {

    static final String RECORD_TYPE = "TRIAGE_MEETING";

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    TriageDecisions decisions;

    @Inject
    PartnerDirectory partners;

    @Inject
    Clock clock;

    @Transactional
    MeetingView create(MeetingRequest request) {
        Area area = Area.<Area>find("name", request.area()).firstResultOptional()
                .orElseThrow(() -> ApiException.invalid("area", "is not an area of this service"));
        TriageMeeting meeting = new TriageMeeting();
        meeting.id = UUID.randomUUID();
        meeting.date = request.date();
        meeting.area = area;
        meeting.chairId = user.id();
        meeting.chairName = user.displayName();
        meeting.createdAt = clock.instant();
        if (request.attendees() != null) {
            for (int i = 0; i < request.attendees().size(); i++) {
                meeting.attendees.add(attendee(request.attendees().get(i), i));
            }
        }
        meeting.persist();
        audit.record(AuditAction.CREATE, RECORD_TYPE, meeting.id);
        return view(meeting);
    }

    @Transactional
    List<MeetingSummary> list(String area) {
        String query = "from TriageMeeting m where (:area is null or m.area.name = :area)";
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("area", area);
        if (!user.hasRole(Roles.SENIOR)) {
            query += " and m.id in (select m2.id from TriageMeeting m2 join m2.attendees a where a.userId = :userId)";
            params.put("userId", user.id());
        }
        return TriageMeeting.<TriageMeeting>list(query + " order by m.date desc, m.id", params).stream()
                .map(m -> new MeetingSummary(m.id, m.date, m.area.name, m.chairName)).toList();
    }

    @Transactional
    Optional<MeetingView> get(UUID id) {
        return visible(id).map(this::view);
    }

    /** A meeting the caller may see: a senior any, a partner one they attend; others look missing. */
    Optional<TriageMeeting> visible(UUID id) {
        Optional<TriageMeeting> meeting = TriageMeeting.findByIdOptional(id);
        if (meeting.isPresent() && !user.hasRole(Roles.SENIOR)
                && meeting.get().attendees.stream().noneMatch(a -> user.id().equals(a.userId))) {
            audit.denied(RECORD_TYPE, id);
            return Optional.empty();
        }
        return meeting;
    }

    private MeetingView view(TriageMeeting meeting) {
        List<EligibilityRule> rules = EligibilityRule.enabledInOrder();
        Map<UUID, TriageDecision> decided = new LinkedHashMap<>();
        TriageDecision.<TriageDecision>list("meetingId", meeting.id).forEach(d -> decided.put(d.referralId, d));
        Map<UUID, Referral> onAgenda = new LinkedHashMap<>();
        Referral.<Referral>list("state in ?1 and schoolUrn in (select s.urn from School s where s.area = ?2)",
                List.of(ReferralState.SUBMITTED, ReferralState.DEFERRED), meeting.area)
                .forEach(r -> onAgenda.put(r.id, r));
        if (!decided.isEmpty()) {
            Referral.<Referral>list("id in ?1", decided.keySet()).forEach(r -> onAgenda.put(r.id, r));
        }
        List<Referral> ordered = new ArrayList<>(onAgenda.values());
        ordered.sort(Comparator.comparing((Referral r) -> r.submittedAt).thenComparing(r -> r.id));
        List<AgendaItem> agenda = ordered.stream().map(r -> {
            audit.record(AuditAction.READ, "REFERRAL", r.id);
            return new AgendaItem(r.id, r.reference, r.state.name(), r.childName(),
                    School.nameOf(r.schoolUrn), r.submittedAt,
                    r.safeguardingNeedsAttention, Eligibility.check(r, meeting.date, rules),
                    Optional.ofNullable(decided.get(r.id)).map(decisions::view).orElse(null));
        }).toList();
        List<AttendeeView> attendees = meeting.attendees.stream()
                .map(a -> new AttendeeView(a.name, a.agency, a.userId)).toList();
        return new MeetingView(meeting.id, meeting.date, meeting.area.name, meeting.chairName, attendees, agenda,
                meeting.version);
    }

    /** An attendee; one with a user id must be a partner user, whose name and agency Keycloak gives. */
    private TriageMeeting.Attendee attendee(AttendeeView in, int index) {
        TriageMeeting.Attendee attendee = new TriageMeeting.Attendee();
        attendee.name = in.name();
        attendee.agency = in.agency();
        if (in.userId() != null) {
            var partner = partners.find(in.userId()).orElseThrow(() -> ApiException.invalid(
                    "attendees[" + index + "].userId", "is not a partner user of this service"));
            attendee.name = partner.name();
            attendee.agency = partner.agency() == null ? in.agency() : partner.agency();
        }
        attendee.userId = in.userId();
        return attendee;
    }
}
