package org.teamaround.triage;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.teamaround.referral.Referral;
import org.teamaround.referral.check.SchoolYear;

/** Checks a referral against the service's eligibility rules on the day of the panel. */
final class Eligibility {

    /** Whether a rule is met; unknown when the referral does not say. */
    enum Met { MET, NOT_MET, UNKNOWN }

    /** One rule's result for one referral. */
    @Schema(name = "EligibilityResult")
    record Result(@Schema(required = true) String rule, @Schema(required = true) String label,
            @Schema(required = true) Met met) {}

    private Eligibility() {}

    static List<Result> check(Referral referral, LocalDate meetingDate, List<EligibilityRule> rules) {
        return rules.stream().map(rule -> new Result(rule.code, rule.label, met(rule, referral, meetingDate))).toList();
    }

    static boolean anyNotMet(List<Result> results) {
        return results.stream().anyMatch(result -> result.met() == Met.NOT_MET);
    }

    private static Met met(EligibilityRule rule, Referral referral, LocalDate meetingDate) {
        return switch (rule.code) {
            case EligibilityRule.AGE_RANGE -> age(rule, referral, meetingDate);
            case EligibilityRule.SEMH_NEED -> referral.child.primaryNeed == null ? Met.UNKNOWN
                    : "SEMH".equals(referral.child.primaryNeed) ? Met.MET : Met.NOT_MET;
            case EligibilityRule.NOT_KNOWN_TO_SERVICES -> knownTo(referral);
            default -> Met.UNKNOWN;
        };
    }

    private static Met age(EligibilityRule rule, Referral referral, LocalDate meetingDate) {
        if (referral.child.dateOfBirth == null) {
            return Met.UNKNOWN;
        }
        int age = SchoolYear.ageOn(referral.child.dateOfBirth, meetingDate);
        return age >= rule.minAge && age <= rule.maxAge ? Met.MET : Met.NOT_MET;
    }

    private static Met knownTo(Referral referral) {
        if ("YES".equals(referral.knownToEarlyHelp) || "YES".equals(referral.knownToSocialCare)) {
            return Met.NOT_MET;
        }
        return "NO".equals(referral.knownToEarlyHelp) && "NO".equals(referral.knownToSocialCare) ? Met.MET : Met.UNKNOWN;
    }
}
