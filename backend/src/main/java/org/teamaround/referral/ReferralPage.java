package org.teamaround.referral;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of referrals, newest first (the contract names its item type, which a generic record cannot). */
@Schema(name = "ReferralPage")
public record ReferralPage(
        @Schema(required = true) List<ReferralSummary> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long total,
        @Schema(description = "Send as `after` for the page that follows (faster than its number on a deep page); "
                + "absent on the last page") String next) {}
