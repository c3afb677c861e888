package org.teamaround.referral;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.teamaround.referral.check.ValidNhsNumber;
import org.teamaround.referral.check.ValidUpn;

/**
 * A referral as a school or partner system sends it. A draft may leave anything out but the school;
 * submitting needs the rest. `version` is required on update and ignored on create.
 */
@Schema(name = "ReferralRequest")
public record ReferralRequest(
        @NotNull @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit URN")
        @Schema(required = true, examples = "100001") String schoolUrn,
        @Valid Child child,
        @Size(max = 20) List<@Valid @NotNull Sibling> siblings,
        @Size(max = 10) List<@Valid @NotNull Carer> carers,
        @Valid Needs needs,
        @Valid Education education,
        @Size(max = 10000) String schoolActions,
        @Valid KnownTo knownTo,
        @Valid Consent consent,
        @Schema(description = "An immediate safeguarding concern: contact the social care duty team now")
        Boolean safeguardingConcern,
        @PositiveOrZero @Schema(description = "The version you read; required on update") Long version) {

    /** The referred child. */
    @Schema(name = "Child")
    public record Child(
            @Size(max = 100) String firstName,
            @Size(max = 100) String lastName,
            @Past @Schema(examples = "2017-03-14") LocalDate dateOfBirth,
            Gender gender,
            @Min(0) @Max(13) @Schema(description = "0 is Reception") Integer yearGroup,
            @ValidUpn @Schema(examples = "B801200005001") String upn,
            @ValidNhsNumber @Schema(description = "10 digits, no spaces", examples = "9434765919") String nhsNumber,
            @Schema(description = "N none, K SEN support, E EHC plan") SenProvision senProvision,
            @Schema(description = "SEN2 primary need") PrimaryNeed primaryNeed,
            Boolean hasSupportPlan) {}

    /** A brother or sister, counted as a child supported. */
    @Schema(name = "Sibling")
    public record Sibling(@Size(max = 100) String firstName, @Size(max = 100) String lastName,
            @Past LocalDate dateOfBirth) {}

    /** A parent or carer. */
    @Schema(name = "Carer")
    public record Carer(
            @Size(max = 200) String name,
            @Size(max = 100) String relationship,
            @Size(max = 40) @Pattern(regexp = "[0-9 +()-]*", message = "must be a phone number") String phone,
            @Size(max = 254) @Email String email,
            @Size(max = 100) String preferredLanguage,
            Boolean interpreterNeeded) {}

    /** The presenting needs: tags from the service's list, and the school's words. */
    @Schema(name = "Needs")
    public record Needs(@Size(max = 20) List<@NotNull @Size(max = 40) String> tags,
            @Size(max = 10000) String description) {}

    /** The impact on the child's education. */
    @Schema(name = "Education")
    public record Education(
            @DecimalMin("0") @DecimalMax("100") @Schema(description = "Attendance last term, %") BigDecimal attendancePercent,
            @Min(0) @Max(365) Integer suspensionsThisYear,
            Boolean atRiskOfExclusion) {}

    /** Whether the family is known to Early Help or Social Care. */
    @Schema(name = "KnownTo")
    public record KnownTo(YesNoUnknown earlyHelp, YesNoUnknown socialCare) {}

    /** The parent's or carer's consent to the referral and to sharing information. */
    @Schema(name = "Consent")
    public record Consent(@Size(max = 200) String givenBy, @PastOrPresent LocalDate givenOn, ConsentMethod method,
            Boolean informationSharing) {}

    public enum Gender { FEMALE, MALE, OTHER, NOT_KNOWN }

    public enum SenProvision { N, K, E }

    public enum PrimaryNeed { SPLD, MLD, SLD, PMLD, SEMH, SLCN, HI, VI, MSI, PD, ASD, OTH, NSA }

    public enum YesNoUnknown { YES, NO, UNKNOWN }

    public enum ConsentMethod { IN_PERSON, PHONE, WRITTEN, EMAIL }
}
