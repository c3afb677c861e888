package org.teamaround.me;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The signed-in caller as the SPA and partner systems see it: who they are and what they belong to. */
@Schema(name = "Me")
public record Me(
        @Schema(required = true, description = "The Keycloak user id (the token's subject)") String id,
        @Schema(required = true) String username,
        @Schema(required = true, description = "Display name") String name,
        @Schema(required = true, description = "The caller's TeamAround realm roles") List<String> roles,
        @Schema(description = "The referrer's school URN", nullable = true) String schoolUrn,
        @Schema(description = "The referrer's school name", nullable = true) String schoolName,
        @Schema(description = "The partner's agency", nullable = true) String agency,
        @Schema(description = "The area a practitioner or senior works in", nullable = true) String area) {}
