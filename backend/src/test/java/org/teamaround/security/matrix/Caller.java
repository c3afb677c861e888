package org.teamaround.security.matrix;

import java.util.Optional;
import java.util.function.Supplier;
import org.teamaround.support.KeycloakTokens;

/**
 * The columns of the authorization matrix: who calls, with which real token from the test Keycloak. The three
 * partner columns are the same partner user asked about three cases (invited, never invited, invitation ended); the
 * practitioner columns ask about one case as its practitioner and as another one.
 */
public enum Caller {
    REFERRER_OWN_SCHOOL("referrer, own school", () -> KeycloakTokens.forUser("senco1")),
    REFERRER_OTHER_SCHOOL("referrer, other school", () -> KeycloakTokens.forUser("senco2")),
    PRACTITIONER_ALLOCATED("practitioner, allocated", () -> KeycloakTokens.forUser(World.PRACTITIONER)),
    PRACTITIONER_NOT_ALLOCATED("practitioner, not allocated", () -> KeycloakTokens.forUser("practitioner2")),
    SENIOR("senior", () -> KeycloakTokens.forUser("senior1")),
    PARTNER_INVITED("partner, invited", () -> KeycloakTokens.forUser("partner1")),
    PARTNER_NOT_INVITED("partner, not invited", () -> KeycloakTokens.forUser("partner1")),
    PARTNER_INVITATION_ENDED("partner, invitation ended", () -> KeycloakTokens.forUser("partner1")),
    ADMIN("admin", () -> KeycloakTokens.forUser("admin1")),
    PARTNER_API("partner-api", PartnerSystemToken::get),
    NO_TOKEN("no token", () -> null),
    EXPIRED_TOKEN("expired token", ExpiredToken::get),
    FOREIGN_ISSUER("foreign issuer", KeycloakTokens::fromForeignIssuer),
    OTHER_AUDIENCE("other audience", KeycloakTokens::forOtherAudience);

    public final String label;
    private final Supplier<String> token;

    Caller(String label, Supplier<String> token) {
        this.label = label;
        this.token = token;
    }

    /** The bearer token to send, none for {@link #NO_TOKEN}. */
    public Optional<String> token() {
        return Optional.ofNullable(token.get());
    }

    static Caller byLabel(String label) {
        for (Caller caller : values()) {
            if (caller.label.equals(label)) {
                return caller;
            }
        }
        throw new IllegalArgumentException("no caller column named '" + label + "'");
    }

    /** The partner system's token, fetched once per run (client credentials live 5 minutes). */
    private static final class PartnerSystemToken {
        private static String token;

        static synchronized String get() {
            if (token == null) {
                token = KeycloakTokens.forPartnerSystem();
            }
            return token;
        }
    }

    /** One short-lived token, made once and waited out: every cell then sends a token that has expired. */
    private static final class ExpiredToken {
        private static String token;

        static synchronized String get() {
            if (token == null) {
                String fresh = KeycloakTokens.shortLived();
                sleepPast(KeycloakTokens.expiry(fresh));
                token = fresh;
            }
            return token;
        }

        private static void sleepPast(long expiresAtEpochSecond) {
            long wait = expiresAtEpochSecond * 1000 - System.currentTimeMillis() + 1500;
            try {
                Thread.sleep(Math.max(wait, 0));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
