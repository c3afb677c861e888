package org.teamaround.referral;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.teamaround.common.audit.AuditAction;
import org.teamaround.common.audit.AuditLog;
import org.teamaround.common.paging.PageRequest;
import org.teamaround.common.time.Clocks;
import org.teamaround.school.School;

/** Lists the referrals the caller may see, filtered, newest first, a page at a time; each listed one is audited. */
@ApplicationScoped
class ReferralSearch {

    @Inject
    ReferralScope scope;

    @Inject
    AuditLog audit;

    @Transactional
    ReferralPage list(ReferralFilter filter, PageRequest paging) {
        ReferralScope.Condition visible = scope.condition();
        List<String> where = new ArrayList<>(List.of(visible.jpql()));
        Parameters params = new Parameters();
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
        String query = "from Referral r where " + String.join(" and ", where);
        var found = Referral.<Referral>find(query + " order by r.createdAt desc, r.id desc", params);
        long total = Referral.count(query, params);
        List<Referral> page = found.page(Page.of(paging.page, paging.size)).list();
        page.forEach(referral -> audit.record(AuditAction.LIST, ReferralService.RECORD_TYPE, referral.id));
        Map<String, String> schoolNames = schoolNames(page);
        return new ReferralPage(page.stream().map(r -> ReferralMapper.summary(r, scope.shown(r.state), schoolNames.get(r.schoolUrn))).toList(),
                paging.page, paging.size, total);
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
