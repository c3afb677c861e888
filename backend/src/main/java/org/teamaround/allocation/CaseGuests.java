package org.teamaround.allocation;

import java.util.UUID;

/** Who, besides the case's practitioner and the seniors, may read a case now: the partners invited to it. */
public interface CaseGuests {

    /** The current invitation that lets the caller (a partner) read the case, if any. */
    java.util.Optional<UUID> invitationOfCaller(UUID caseId);
}
