package org.teamaround.referral;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A line of a referral list: enough to find a referral and see where it stands. */
@Schema(name = "ReferralSummary")
public record ReferralSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true) String reference,
        @Schema(required = true) ReferralState state,
        @Schema(required = true) String schoolUrn,
        String schoolName,
        String childFirstName,
        String childLastName,
        @Schema(required = true) Instant createdAt,
        Instant submittedAt,
        @Schema(required = true) boolean safeguardingNeedsAttention,
        @Schema(required = true) List<String> needTags) {}
