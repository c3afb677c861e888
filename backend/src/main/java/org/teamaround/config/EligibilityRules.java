package org.teamaround.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.teamaround.common.audit.AuditAction;
import org.teamaround.common.error.ApiException;
import org.teamaround.common.error.Problem.FieldError;
import org.teamaround.common.error.ProblemType;
import org.teamaround.common.error.Problems;
import org.teamaround.config.EligibilityRuleRecords.Update;
import org.teamaround.config.EligibilityRuleRecords.View;
import org.teamaround.triage.EligibilityRule;

/** Reads and changes the eligibility rules the panel checks; each change is recorded field by field. */
@ApplicationScoped
class EligibilityRules {

    @Inject
    ConfigChanges changes;

    @Transactional
    List<View> list() {
        return EligibilityRule.<EligibilityRule>list("order by code").stream().map(View::of).toList();
    }

    @Transactional
    Optional<View> update(String code, Update request) {
        Optional<EligibilityRule> found = EligibilityRule.findByIdOptional(code);
        found.ifPresent(rule -> {
            if (request.version() != rule.version) {
                throw ApiException.staleVersion(rule.version);
            }
            check(rule.code, request);
            ChangeSet set = new ChangeSet(ConfigEntity.ELIGIBILITY_RULE, rule.code);
            rule.enabled = set.set("enabled", rule.enabled, request.enabled());
            rule.minAge = set.set("minAge", rule.minAge, request.minAge());
            rule.maxAge = set.set("maxAge", rule.maxAge, request.maxAge());
            EligibilityRule.flush();
            changes.record(AuditAction.UPDATE, set, null);
        });
        return found.map(View::of);
    }

    /** Ages belong to the age rule alone, which needs both, youngest first. */
    private static void check(String code, Update request) {
        List<FieldError> errors = new ArrayList<>();
        if (EligibilityRule.AGE_RANGE.equals(code)) {
            if (request.minAge() == null) {
                errors.add(new FieldError("minAge", "is required for the age range"));
            }
            if (request.maxAge() == null) {
                errors.add(new FieldError("maxAge", "is required for the age range"));
            }
            if (request.minAge() != null && request.maxAge() != null && request.minAge() > request.maxAge()) {
                errors.add(new FieldError("maxAge", "must not be less than minAge"));
            }
        } else {
            if (request.minAge() != null) {
                errors.add(new FieldError("minAge", "applies only to the age range rule"));
            }
            if (request.maxAge() != null) {
                errors.add(new FieldError("maxAge", "applies only to the age range rule"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(Problems.of(ProblemType.VALIDATION, "Some fields are not valid.", errors));
        }
    }
}
