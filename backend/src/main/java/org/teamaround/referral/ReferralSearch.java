package org.teamaround.referral;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.teamaround.common.audit.AuditAction;
import org.teamaround.common.audit.AuditLog;
import org.teamaround.common.paging.PageCursor;
import org.teamaround.common.paging.PageRequest;
import org.teamaround.common.time.Clocks;
import org.teamaround.school.School;

/**
 * Lists the referrals the caller may see, filtered, newest first, a page at a time (by number, or after a cursor for
 * deep pages); each listed one is audited.
 */
@ApplicationScoped
class ReferralSearch {

    private static final String NEWEST_FIRST = " order by r.createdAt desc, r.id desc";

    @Inject
    ReferralScope scope;

    @Inject
    AuditLog audit;

    @Transactional
    ReferralPage list(ReferralFilter filter, PageRequest paging, String after) {
        Parameters params = new Parameters();
        String query = query(filter, params);
        long total = Referral.count(query, params);
        PageCursor cursor = after == null ? null : PageCursor.decode("after", after);
        int pageNumber = cursor == null ? paging.page : cursor.page();
        List<Referral> rows = cursor == null ? pageByNumber(query, params, paging) : pageAfter(query, params, cursor, paging.size);
        List<Referral> page = rows.subList(0, Math.min(rows.size(), paging.size));
        page.forEach(referral -> audit.record(AuditAction.LIST, ReferralService.RECORD_TYPE, referral.id));
        Map<String, String> schoolNames = schoolNames(page);
        String next = rows.size() > paging.size
                ? new PageCursor(page.get(page.size() - 1).createdAt, page.get(page.size() - 1).id, pageNumber + 1).encode()
                : null;
        return new ReferralPage(page.stream().map(r -> ReferralMapper.summary(r, scope.shown(r.state), schoolNames.get(r.schoolUrn))).toList(),
                pageNumber, paging.size, total, next);
    }

    /** The JPQL `from … where …` of the referrals the caller may see that match the filter; fills `params`. */
    private String query(ReferralFilter filter, Parameters params) {
        ReferralScope.Condition visible = scope.condition();
        List<String> where = new ArrayList<>(List.of(visible.jpql()));
        visible.params().forEach(params::and);
        if (filter.state != null) {
            where.add("r.state in :states");
            params.and("states", statesShownAs(ReferralState.valueOf(filter.state)));
        }
        if (filter.schoolUrn != null) {
            where.add("r.schoolUrn = :schoolUrn");
            params.and("schoolUrn", filter.schoolUrn);
        }
        if (filter.area != null) {
            where.add("r.schoolUrn in (select s.urn from School s where s.area.name = :area)");
            params.and("area", filter.area);
        }
        if (filter.needTag != null) {
            where.add(":needTag member of r.needTags");
            params.and("needTag", filter.needTag);
        }
        if (filter.q != null && !filter.q.isBlank()) {
            where.add("(lower(r.child.firstName) like :q or lower(r.child.lastName) like :q or lower(r.reference) like :q)");
            params.and("q", "%" + escapeLike(filter.q.trim().toLowerCase()) + "%");
        }
        filter.fromDate().ifPresent(from -> {
            where.add("r.createdAt >= :from");
            params.and("from", from.atStartOfDay(Clocks.LONDON).toInstant());
        });
        filter.toDate().ifPresent(to -> {
            where.add("r.createdAt < :to");
            params.and("to", to.plusDays(1).atStartOfDay(Clocks.LONDON).toInstant());
        });
        return "from Referral r where " + String.join(" and ", where);
    }

    /**
     * The page's ids first, then their rows: skipping rows by number reads only the index of the visible
     * referrals, not each skipped referral. One row more than the page says whether another page follows.
     */
    private static List<Referral> pageByNumber(String query, Parameters params, PageRequest paging) {
        return inOrder(ids(query, params, paging.page * paging.size, paging.size + 1));
    }

    /** The rows after the cursor's (newest first), by keyset: as fast on the last page as on the first. */
    private static List<Referral> pageAfter(String query, Parameters params, PageCursor cursor, int size) {
        params.and("afterAt", cursor.at()).and("afterId", cursor.id());
        return inOrder(ids(query + " and (r.createdAt < :afterAt or (r.createdAt = :afterAt and r.id < :afterId))",
                params, 0, size + 1));
    }

    private static List<UUID> ids(String query, Parameters params, int first, int count) {
        var select = Referral.getEntityManager().createQuery("select r.id " + query + NEWEST_FIRST, UUID.class)
                .setFirstResult(first).setMaxResults(count);
        params.map().forEach(select::setParameter);
        return select.getResultList();
    }

    private static List<Referral> inOrder(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Referral> byId = Referral.<Referral>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(r -> r.id, r -> r));
        return ids.stream().map(byId::get).toList();
    }

    /** The stored states the caller sees as `state`: for a school, ACCEPTED covers the case work after it. */
    private List<ReferralState> statesShownAs(ReferralState state) {
        return Arrays.stream(ReferralState.values()).filter(stored -> scope.shown(stored) == state).toList();
    }

    private static Map<String, String> schoolNames(List<Referral> referrals) {
        List<String> urns = referrals.stream().map(r -> r.schoolUrn).distinct().toList();
        if (urns.isEmpty()) {
            return Map.of();
        }
        return School.<School>list("urn in ?1", urns).stream().collect(Collectors.toMap(s -> s.urn, s -> s.name));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
