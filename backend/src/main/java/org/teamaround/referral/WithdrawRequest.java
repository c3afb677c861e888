package org.teamaround.referral;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a school withdraws its referral. */
@Schema(name = "WithdrawRequest")
public record WithdrawRequest(@NotBlank @Size(max = 2000) @Schema(required = true) String reason) {}
