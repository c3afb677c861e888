package org.teamaround.school;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.teamaround.common.audit.AuditAction;
import org.teamaround.common.error.ApiException;
import org.teamaround.common.error.ProblemType;
import org.teamaround.common.error.Problems;
import org.teamaround.common.paging.PageRequest;
import org.teamaround.common.security.CurrentUser;
import org.teamaround.common.security.Roles;
import org.teamaround.config.ChangeSet;
import org.teamaround.config.ConfigChanges;
import org.teamaround.config.ConfigEntity;
import org.teamaround.school.SchoolRecords.ImportResult;
import org.teamaround.school.SchoolRecords.Request;
import org.teamaround.school.SchoolRecords.View;
import org.teamaround.school.SchoolRecords.Vulnerability;

/**
 * The schools' rules and transactions: who sees which school, creating and changing one, and importing many
 * from CSV all or nothing. Every change is recorded field by field in the configuration history.
 */
@ApplicationScoped
class SchoolService {

    @Inject
    CurrentUser user;

    @Inject
    ConfigChanges changes;

    @Inject
    Validator validator;

    /** Schools the caller may see, by name: admins and seniors all of them, a referrer their own school. */
    @Transactional
    SchoolRecords.Page list(String area, PageRequest paging) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (!seesAll() && user.schoolUrn() == null) {
            where.append(" and 1 = 0");
        } else if (!seesAll()) {
            where.append(" and s.urn = :own");
            params.and("own", user.schoolUrn());
        }
        if (area != null) {
            where.append(" and lower(s.area.name) = :area");
            params.and("area", area.trim().toLowerCase());
        }
        List<View> items = School.<School>find("from School s join fetch s.area where " + where
                        + " order by s.name, s.urn", params)
                .page(Page.of(paging.page, paging.size)).stream().map(View::of).toList();
        long total = School.count("from School s where " + where, params);
        return new SchoolRecords.Page(items, paging.page, paging.size, total);
    }

    @Transactional
    Optional<View> get(String urn) {
        return School.findByUrn(urn).filter(school -> seesAll() || school.urn.equals(user.schoolUrn())).map(View::of);
    }

    @Transactional
    View create(Request request) {
        Area area = knownArea(request.area());
        if (School.findByUrn(request.urn()).isPresent()) {
            throw new ApiException(Problems.of(ProblemType.CONFLICT,
                    "There is already a school with URN " + request.urn() + "."));
        }
        School school = new School();
        school.urn = request.urn();
        ChangeSet set = apply(school, request, area);
        school.persist();
        School.flush();
        changes.record(AuditAction.CREATE, set, null);
        return View.of(school);
    }

    @Transactional
    Optional<View> update(String urn, Request request) {
        Optional<School> found = School.findByUrn(urn);
        found.ifPresent(school -> {
            if (request.version() == null) {
                throw ApiException.invalid("version", "is required: send the version you read");
            }
            if (!school.urn.equals(request.urn())) {
                throw ApiException.invalid("urn", "cannot change: it must be the URN in the address");
            }
            if (request.version() != school.version) {
                throw ApiException.staleVersion(school.version);
            }
            Area area = knownArea(request.area());
            ChangeSet set = apply(school, request, area);
            School.flush();
            changes.record(AuditAction.UPDATE, set, null);
        });
        return found.map(View::of);
    }

    /** Imports every row or none: a new URN creates a school, a known one updates it to the row's values. */
    @Transactional
    ImportResult importCsv(String text) {
        ImportErrors errors = new ImportErrors();
        List<SchoolCsv.Row> rows = SchoolCsv.parse(text, errors);
        Map<String, Area> areas = Area.<Area>listAll().stream()
                .collect(Collectors.toMap(area -> area.name.toLowerCase(), Function.identity()));
        check(rows, areas, errors);
        if (!errors.isEmpty()) {
            String listed = errors.size() > ImportErrors.MAX_LISTED ? " (the first " + ImportErrors.MAX_LISTED
                    + " are listed)" : "";
            throw new ApiException(Problems.of(ProblemType.VALIDATION, "The file has " + errors.size()
                    + " problem" + (errors.size() == 1 ? "" : "s") + listed + ". Nothing was imported.",
                    errors.listed()));
        }
        Map<String, School> known = School.<School>listAll().stream()
                .collect(Collectors.toMap(school -> school.urn, Function.identity()));
        int created = 0;
        int updated = 0;
        for (SchoolCsv.Row row : rows) {
            Request request = row.request();
            School school = known.get(request.urn());
            boolean isNew = school == null;
            if (isNew) {
                school = new School();
                school.urn = request.urn();
            }
            ChangeSet set = apply(school, request, areas.get(request.area().toLowerCase()));
            if (isNew) {
                school.persist();
                created++;
            } else if (!set.isEmpty()) {
                updated++;
            }
            changes.record(isNew ? AuditAction.CREATE : AuditAction.UPDATE, set, null);
        }
        School.flush();
        return new ImportResult(created, updated, rows.size() - created - updated);
    }

    /** The checks a single school gets, each error named by its line and column; and each URN once. */
    private void check(List<SchoolCsv.Row> rows, Map<String, Area> areas, ImportErrors errors) {
        Map<String, Integer> lineOfUrn = new HashMap<>();
        String unknownArea = unknownArea(areas.values());
        for (SchoolCsv.Row row : rows) {
            for (ConstraintViolation<Request> violation : validator.validate(row.request())) {
                String column = SchoolCsv.COLUMN_OF_FIELD.get(violation.getPropertyPath().toString());
                errors.atCell(row.line(), column, csvMessage(violation));
            }
            Request request = row.request();
            if (request.area() != null && !areas.containsKey(request.area().toLowerCase())) {
                errors.atCell(row.line(), "area", unknownArea);
            }
            Integer first = request.urn() == null ? null : lineOfUrn.putIfAbsent(request.urn(), row.line());
            if (first != null) {
                errors.atCell(row.line(), "urn", "is on line " + first + " already: a school appears once");
            }
        }
    }

    /** "must not be null" is the JSON's word; a spreadsheet cell is empty. */
    private static String csvMessage(ConstraintViolation<?> violation) {
        Class<?> constraint = violation.getConstraintDescriptor().getAnnotation().annotationType();
        return constraint == NotNull.class || constraint == NotBlank.class ? "must not be empty" : violation.getMessage();
    }

    private static ChangeSet apply(School school, Request request, Area area) {
        ChangeSet set = new ChangeSet(ConfigEntity.SCHOOL, school.urn);
        school.name = set.set("name", school.name, request.name().trim());
        set.set("area", school.area == null ? null : school.area.name, area.name);
        school.area = area;
        school.phase = set.set("phase", school.phase, request.phase());
        Vulnerability figures = request.figures();
        school.senPercent = set.set("vulnerability.senPercent", school.senPercent, figures.senPercent());
        school.lookedAfter = set.set("vulnerability.lookedAfter", school.lookedAfter, figures.lookedAfter());
        school.mobilityPercent = set.set("vulnerability.mobilityPercent", school.mobilityPercent,
                figures.mobilityPercent());
        school.ealPercent = set.set("vulnerability.ealPercent", school.ealPercent, figures.ealPercent());
        return set;
    }

    private boolean seesAll() {
        return user.hasRole(Roles.ADMIN) || user.hasRole(Roles.SENIOR);
    }

    private static Area knownArea(String name) {
        return Area.findByName(name).orElseThrow(() -> ApiException.invalid("area", unknownArea(Area.listByName())));
    }

    private static String unknownArea(Collection<Area> areas) {
        return "must be one of the service's areas: " + areas.stream().map(area -> area.name).sorted()
                .collect(Collectors.joining(", "));
    }
}
