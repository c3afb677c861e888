package org.teamaround.common.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every sign-in the backend sees is an audit row (SIGN_IN): the first request of a Keycloak session (`sid`), or of a
 * partner system's token (it has no session). The database decides which request is first, so replicas agree; each
 * instance remembers the sessions it has seen to spare the database a write per request.
 */
@ApplicationScoped
public class SignIns {

    static final String RECORD_TYPE = "SESSION";
    private static final int REMEMBERED = 10_000;

    private final Set<String> seen = Collections.synchronizedSet(Collections.newSetFromMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > REMEMBERED;
                }
            }));

    @Inject
    SecurityIdentity identity;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @ServerRequestFilter
    void firstRequestOfASession() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return;
        }
        String session = token.getClaim("sid") != null ? "sid:" + token.getClaim("sid")
                : "token:" + token.getClaim("azp") + ":" + token.getIssuedAtTime() + ":" + token.getSubject();
        if (seen.contains(session)) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            int added = entityManager.createNativeQuery("insert into sign_in_seen (session_key, seen_at) "
                            + "values (:key, :at) on conflict do nothing")
                    .setParameter("key", session.length() > 200 ? session.substring(0, 200) : session)
                    .setParameter("at", clock.instant()).executeUpdate();
            if (added == 1) {
                audit.record(AuditAction.SIGN_IN, RECORD_TYPE, null);
            }
        });
        seen.add(session);
    }
}
