package org.teamaround.casework.group;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.teamaround.allocation.CaseAccess;
import org.teamaround.allocation.SupportCase;
import org.teamaround.casework.group.GroupRecords.CaseGroup;
import org.teamaround.casework.group.GroupRecords.GroupRequest;
import org.teamaround.casework.group.GroupRecords.GroupSummary;
import org.teamaround.casework.group.GroupRecords.GroupView;
import org.teamaround.casework.group.GroupRecords.MemberView;
import org.teamaround.casework.group.GroupRecords.SessionRequest;
import org.teamaround.casework.group.GroupRecords.SessionView;
import org.teamaround.common.audit.AuditAction;
import org.teamaround.common.audit.AuditLog;
import org.teamaround.common.error.ApiException;
import org.teamaround.common.security.CurrentUser;
import org.teamaround.school.Area;

/**
 * Parents' and children's groups: practitioners and seniors run them per area and half term, add the cases they
 * may work on as members, and record each session's attendance. Anyone running groups sees a group's register.
 */
@ApplicationScoped
public class Groups {

    static final String RECORD_TYPE = "GROUP";

    @Inject
    CaseAccess cases;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    GroupView create(GroupRequest request) {
        Area area = Area.<Area>findByIdOptional(request.areaId())
                .orElseThrow(() -> ApiException.invalid("areaId", "is not one of the service's areas"));
        checkSchoolYear(request.schoolYear());
        FamilyGroup group = new FamilyGroup();
        group.id = UUID.randomUUID();
        group.name = request.name().trim();
        group.kind = request.kind();
        group.areaId = area.id;
        group.schoolYear = request.schoolYear();
        group.halfTerm = request.halfTerm();
        group.createdById = user.id();
        group.createdByName = user.displayName();
        group.createdAt = clock.instant();
        group.persist();
        audit.record(AuditAction.CREATE, RECORD_TYPE, group.id);
        return view(group);
    }

    @Transactional
    List<GroupSummary> list(GroupFilter filter) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.schoolYear != null) {
            query.append(" and schoolYear = :year");
            parameters.put("year", filter.schoolYear);
        }
        filter.term().ifPresent(term -> {
            query.append(" and halfTerm = :term");
            parameters.put("term", term);
        });
        filter.area().ifPresent(area -> {
            query.append(" and areaId = :area");
            parameters.put("area", area);
        });
        List<FamilyGroup> groups = FamilyGroup.list(query + " order by schoolYear desc, halfTerm desc, name", parameters);
        groups.forEach(g -> audit.record(AuditAction.LIST, RECORD_TYPE, g.id));
        return groups.stream().map(g -> new GroupSummary(g.id, g.name, g.kind, areaName(g), g.schoolYear, g.halfTerm,
                g.members.size(), (int) GroupSession.count("groupId", g.id))).toList();
    }

    @Transactional
    GroupView get(UUID id) {
        FamilyGroup group = existing(id);
        audit.record(AuditAction.READ, RECORD_TYPE, group.id);
        return view(group);
    }

    /** Adds a case the caller works on (a senior: any open case); 409 when it is already a member. */
    @Transactional
    GroupView addMember(UUID groupId, UUID caseId) {
        FamilyGroup group = existing(groupId);
        SupportCase supportCase = cases.requireOpen(caseId);
        if (group.hasMember(supportCase.id)) {
            throw ApiException.stateConflict("MEMBER", "The case is already in this group.", List.of());
        }
        FamilyGroup.Member member = new FamilyGroup.Member();
        member.caseId = supportCase.id;
        member.addedByName = user.displayName();
        member.addedAt = clock.instant();
        group.members.add(member);
        FamilyGroup.flush();
        audit.record(AuditAction.UPDATE, RECORD_TYPE, group.id);
        return view(group);
    }

    @Transactional
    GroupView recordSession(UUID groupId, SessionRequest request) {
        FamilyGroup group = existing(groupId);
        if (request.heldOn().isAfter(LocalDate.now(clock))) {
            throw ApiException.invalid("heldOn", "must not be in the future");
        }
        GroupSession session = new GroupSession();
        session.id = UUID.randomUUID();
        session.groupId = group.id;
        session.heldOn = request.heldOn();
        session.topic = request.topic() == null || request.topic().isBlank() ? null : request.topic().trim();
        session.recordedByName = user.displayName();
        session.recordedAt = clock.instant();
        for (int i = 0; i < request.attended().size(); i++) {
            UUID caseId = request.attended().get(i);
            if (caseId == null || !group.hasMember(caseId)) {
                throw ApiException.invalid("attended[" + i + "]", "is not a member of the group");
            }
            GroupSession.Attendance attendance = new GroupSession.Attendance();
            attendance.groupId = group.id;
            attendance.caseId = caseId;
            session.attended.add(attendance);
        }
        session.persist();
        GroupSession.flush();
        audit.record(AuditAction.UPDATE, RECORD_TYPE, group.id);
        return view(group);
    }

    /** The groups a case belongs to, with the sessions held and attended. */
    @Transactional
    List<CaseGroup> ofCase(UUID caseId) {
        SupportCase supportCase = cases.require(caseId);
        List<CaseGroup> memberships = memberships(supportCase.id);
        memberships.forEach(g -> audit.record(AuditAction.LIST, RECORD_TYPE, g.groupId()));
        return memberships;
    }

    /** The groups a case belongs to, with the sessions held and attended; unaudited: the caller audits the read. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<CaseGroup> memberships(UUID caseId) {
        List<FamilyGroup> groups = FamilyGroup.list(
                "select g from FamilyGroup g join g.members m where m.caseId = ?1 order by g.schoolYear desc, g.name",
                caseId);
        return groups.stream().map(g -> {
            List<GroupSession> sessions = GroupSession.list("groupId", g.id);
            int attended = (int) sessions.stream().filter(s -> attendedBy(s, caseId)).count();
            return new CaseGroup(g.id, g.name, g.kind, g.schoolYear, g.halfTerm, sessions.size(), attended);
        }).toList();
    }

    private FamilyGroup existing(UUID id) {
        return FamilyGroup.<FamilyGroup>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("group"));
    }

    /** A school year is two consecutive years, e.g. 2026/27. */
    private static void checkSchoolYear(String schoolYear) {
        int start = Integer.parseInt(schoolYear.substring(0, 4));
        int end = Integer.parseInt(schoolYear.substring(5));
        if ((start + 1) % 100 != end) {
            throw ApiException.invalid("schoolYear", "must be a school year such as 2026/27");
        }
    }

    private static boolean attendedBy(GroupSession session, UUID caseId) {
        return session.attended.stream().anyMatch(a -> a.caseId.equals(caseId));
    }

    private static String areaName(FamilyGroup group) {
        return Area.<Area>findById(group.areaId).name;
    }

    private GroupView view(FamilyGroup group) {
        List<GroupSession> sessions = GroupSession.list("groupId = ?1 order by heldOn desc, recordedAt desc", group.id);
        List<MemberView> members = new ArrayList<>();
        for (FamilyGroup.Member member : group.members) {
            CaseAccess.Summary summary = cases.summary(SupportCase.findById(member.caseId));
            int attended = (int) sessions.stream().filter(s -> attendedBy(s, member.caseId)).count();
            members.add(new MemberView(member.caseId, summary.reference(), summary.childName(),
                    summary.practitionerName(), attended));
            audit.record(AuditAction.LIST, CaseAccess.RECORD_TYPE, member.caseId);
        }
        members.sort(Comparator.comparing(MemberView::reference));
        List<SessionView> sessionViews = sessions.stream().map(s -> new SessionView(s.id, s.heldOn, s.topic,
                s.attended.stream().map(a -> a.caseId).sorted().toList(), s.recordedByName, s.recordedAt)).toList();
        return new GroupView(group.id, group.name, group.kind, group.areaId, areaName(group), group.schoolYear,
                group.halfTerm, group.createdByName, members, sessionViews);
    }
}
