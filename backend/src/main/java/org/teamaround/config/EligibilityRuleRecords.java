package org.teamaround.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.teamaround.triage.EligibilityRule;

/** The eligibility rules' requests and answers. */
final class EligibilityRuleRecords {

    private EligibilityRuleRecords() {}

    @Schema(name = "EligibilityRule", description = "A rule the panel sees checked for each referral")
    record View(
            @Schema(required = true, examples = "AGE_RANGE") String code,
            @Schema(required = true) String label,
            @Schema(required = true, description = "A disabled rule is not checked") boolean enabled,
            @Schema(description = "AGE_RANGE only: the youngest age, in whole years on the day of the panel")
            Integer minAge,
            @Schema(description = "AGE_RANGE only: the oldest age") Integer maxAge,
            @Schema(required = true) long version) {

        static View of(EligibilityRule rule) {
            return new View(rule.code, rule.label, rule.enabled, rule.minAge, rule.maxAge, rule.version);
        }
    }

    @Schema(name = "EligibilityRuleUpdate", description = "Switch a rule on or off and, for AGE_RANGE, set its ages")
    record Update(
            @NotNull @Schema(required = true) Boolean enabled,
            @Min(0) @Max(25) @Schema(description = "Required for AGE_RANGE, absent for the other rules") Integer minAge,
            @Min(0) @Max(25) @Schema(description = "Required for AGE_RANGE, absent for the other rules") Integer maxAge,
            @NotNull @PositiveOrZero @Schema(required = true, description = "The version you read") Long version) {}
}
