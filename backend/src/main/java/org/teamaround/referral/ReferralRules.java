package org.teamaround.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.teamaround.common.error.Problem.FieldError;
import org.teamaround.referral.check.SchoolYear;

/** The referral's rules that need more than one field or today's date: plausibility, warnings, completeness. */
final class ReferralRules {

    static final int YOUNGEST_AGE = 3;
    static final int OLDEST_AGE = 19;
    static final String REQUIRED = "is required to submit";

    private ReferralRules() {}

    /** Refusals: a date of birth that cannot be a school-age child's. */
    static List<FieldError> implausible(ReferralRequest request, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (request.child() != null && request.child().dateOfBirth() != null) {
            int age = SchoolYear.ageOn(request.child().dateOfBirth(), today);
            if (age < YOUNGEST_AGE || age > OLDEST_AGE) {
                errors.add(new FieldError("child.dateOfBirth", "must be the date of birth of a school-age child ("
                        + YOUNGEST_AGE + " to " + OLDEST_AGE + " years old)"));
            }
        }
        return errors;
    }

    /** Things to check that do not stop the referral: a year group unlike the date of birth, a temporary UPN. */
    static List<FieldError> warnings(Referral referral, LocalDate day) {
        List<FieldError> warnings = new ArrayList<>();
        ChildDetails child = referral.child;
        if (child.dateOfBirth != null && child.yearGroup != null) {
            int expected = SchoolYear.expectedYearGroup(child.dateOfBirth, day);
            if (expected != child.yearGroup) {
                warnings.add(new FieldError("child.yearGroup", "does not match the date of birth: a child born on "
                        + child.dateOfBirth + " is usually in " + yearName(expected) + " in the school year of " + day));
            }
        }
        if (Boolean.TRUE.equals(child.upnTemporary)) {
            warnings.add(new FieldError("child.upn",
                    "is a temporary UPN: replace it with the permanent one when the school has it"));
        }
        return warnings;
    }

    /** What a referral lacks before it can be submitted, each as the field path the SPA shows it on. */
    static List<FieldError> missingForSubmit(Referral r) {
        List<FieldError> missing = new ArrayList<>();
        require(missing, "child.firstName", r.child.firstName, ReferralRules::present);
        require(missing, "child.lastName", r.child.lastName, ReferralRules::present);
        require(missing, "child.dateOfBirth", r.child.dateOfBirth, v -> true);
        require(missing, "child.gender", r.child.gender, v -> true);
        require(missing, "child.yearGroup", r.child.yearGroup, v -> true);
        require(missing, "child.senProvision", r.child.senProvision, v -> true);
        if (r.carers.isEmpty()) {
            missing.add(new FieldError("carers", "at least one parent or carer " + REQUIRED));
        }
        for (int i = 0; i < r.carers.size(); i++) {
            require(missing, "carers[" + i + "].name", r.carers.get(i).name, ReferralRules::present);
            require(missing, "carers[" + i + "].relationship", r.carers.get(i).relationship, ReferralRules::present);
        }
        for (int i = 0; i < r.siblings.size(); i++) {
            require(missing, "siblings[" + i + "].firstName", r.siblings.get(i).firstName, ReferralRules::present);
        }
        if (r.needTags.isEmpty() && !present(r.needsDescription)) {
            missing.add(new FieldError("needs.description", "a description or at least one need " + REQUIRED));
        }
        require(missing, "schoolActions", r.schoolActions, ReferralRules::present);
        require(missing, "knownTo.earlyHelp", r.knownToEarlyHelp, v -> true);
        require(missing, "knownTo.socialCare", r.knownToSocialCare, v -> true);
        require(missing, "consent.givenBy", r.consentGivenBy, ReferralRules::present);
        require(missing, "consent.givenOn", r.consentGivenOn, v -> true);
        require(missing, "consent.method", r.consentMethod, v -> true);
        if (!Boolean.TRUE.equals(r.consentInformationSharing)) {
            missing.add(new FieldError("consent.informationSharing", "consent to share information " + REQUIRED));
        }
        return missing;
    }

    private static <T> void require(List<FieldError> missing, String field, T value, Predicate<T> valid) {
        if (value == null || !valid.test(value)) {
            missing.add(new FieldError(field, REQUIRED));
        }
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static String yearName(int yearGroup) {
        return yearGroup == 0 ? "Reception" : "Year " + yearGroup;
    }
}
