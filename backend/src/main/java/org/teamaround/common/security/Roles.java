package org.teamaround.common.security;

import java.util.List;

/** The realm roles of the TeamAround Keycloak realm, as `@RolesAllowed` names them. */
public final class Roles {

    public static final String REFERRER = "referrer";
    public static final String PRACTITIONER = "practitioner";
    public static final String SENIOR = "senior";
    public static final String PARTNER = "partner";
    public static final String ADMIN = "admin";
    public static final String PARTNER_API = "partner-api";

    /** Every role, in the order the service lists them. */
    public static final List<String> ALL = List.of(REFERRER, PRACTITIONER, SENIOR, PARTNER, ADMIN, PARTNER_API);

    private Roles() {}
}
