package org.teamaround.school;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.teamaround.allocation.rules.WorkingDays;
import org.teamaround.common.audit.AuditAction;
import org.teamaround.common.error.ApiException;
import org.teamaround.common.error.ProblemType;
import org.teamaround.common.error.Problems;
import org.teamaround.config.ChangeSet;
import org.teamaround.config.ConfigChanges;
import org.teamaround.config.ConfigEntity;
import org.teamaround.school.AreaRecords.Cadence;
import org.teamaround.school.AreaRecords.NextMeetings;
import org.teamaround.school.AreaRecords.ProposedMeeting;
import org.teamaround.school.AreaRecords.Request;
import org.teamaround.school.AreaRecords.Update;
import org.teamaround.school.AreaRecords.View;

/** The areas and their panels' cadence: creating an area, changing its cadence, proposing its next meetings. */
@ApplicationScoped
class AreaService {

    /** Bank holidays only: a cadence's weekday is always a working day otherwise. */
    private static final WorkingDays WORKING_DAYS = WorkingDays.englandAndWales(Set.of());

    @Inject
    ConfigChanges changes;

    @Inject
    Clock clock;

    @Transactional
    List<View> list() {
        return Area.listByName().stream().map(View::of).toList();
    }

    @Transactional
    Optional<View> get(String name) {
        return Area.findByName(name).map(View::of);
    }

    @Transactional
    View create(Request request) {
        String name = request.name().trim();
        if (Area.findByName(name).isPresent()) {
            throw new ApiException(Problems.of(ProblemType.CONFLICT, "There is already an area called " + name + "."));
        }
        Area area = new Area();
        area.id = UUID.randomUUID();
        ChangeSet set = new ChangeSet(ConfigEntity.AREA, name);
        area.name = set.set("name", null, name);
        apply(area, request.triageCadence(), set);
        area.persist();
        Area.flush();
        changes.record(AuditAction.CREATE, set, area.id);
        return View.of(area);
    }

    @Transactional
    Optional<View> update(String name, Update request) {
        Optional<Area> found = Area.findByName(name);
        found.ifPresent(area -> {
            if (request.version() != area.version) {
                throw ApiException.staleVersion(area.version);
            }
            ChangeSet set = new ChangeSet(ConfigEntity.AREA, area.name);
            apply(area, request.triageCadence(), set);
            Area.flush();
            changes.record(AuditAction.UPDATE, set, area.id);
        });
        return found.map(View::of);
    }

    /** The next `count` meeting days from today by the area's cadence, bank holidays flagged. */
    @Transactional
    Optional<NextMeetings> nextMeetings(String name, int count) {
        return Area.findByName(name).map(area -> {
            TriageCadence cadence = new TriageCadence(area.triageEveryWeeks, area.triageWeekday, area.triageStartsOn);
            List<ProposedMeeting> meetings = cadence.next(LocalDate.now(clock), count).stream()
                    .map(day -> new ProposedMeeting(day, !WORKING_DAYS.isWorkingDay(day))).toList();
            return new NextMeetings(area.name, Cadence.of(area), meetings);
        });
    }

    private void apply(Area area, Cadence cadence, ChangeSet set) {
        LocalDate startsOn = cadence.startsOn() != null ? cadence.startsOn()
                : TriageCadence.firstOnOrAfter(LocalDate.now(clock), cadence.weekday());
        if (startsOn.getDayOfWeek() != cadence.weekday().dayOfWeek()) {
            throw ApiException.invalid("triageCadence.startsOn", "must be a " + cadence.weekday().label()
                    + ", the cadence's weekday");
        }
        boolean isNew = area.triageStartsOn == null;
        area.triageEveryWeeks = set.set("triageCadence.everyWeeks", isNew ? null : area.triageEveryWeeks,
                cadence.everyWeeks());
        area.triageWeekday = set.set("triageCadence.weekday", area.triageWeekday, cadence.weekday());
        area.triageStartsOn = set.set("triageCadence.startsOn", area.triageStartsOn, startsOn);
    }
}
