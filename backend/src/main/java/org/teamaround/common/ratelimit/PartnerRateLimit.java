package org.teamaround.common.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.teamaround.common.error.ProblemType;
import org.teamaround.common.error.Problems;
import org.teamaround.common.security.CurrentUser;
import org.teamaround.common.security.Roles;

/**
 * Each partner system (a client with the partner-api role) may send so many requests a period (the allowance comes
 * back whole at the end of each period); over it, 429 with Retry-After. People signed in to the SPA are not counted. The buckets live in each backend instance: with N
 * replicas a client may send up to N times the rate, which the limit's purpose (one runaway integration must not
 * starve the service) tolerates.
 */
@ApplicationScoped
public class PartnerRateLimit {

    @Inject
    CurrentUser user;

    @ConfigProperty(name = "teamaround.partner-api.rate-limit.requests")
    long requests;

    @ConfigProperty(name = "teamaround.partner-api.rate-limit.period")
    Duration period;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    @ServerRequestFilter
    Response limit() {
        if (!user.hasRole(Roles.PARTNER_API) || user.clientId() == null) {
            return null;
        }
        ConsumptionProbe probe = buckets.computeIfAbsent(user.clientId(), client -> newBucket())
                .tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return null;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        return Response.fromResponse(Problems.response(ProblemType.TOO_MANY_REQUESTS, "This system has sent more "
                        + "than " + requests + " requests in " + period.toSeconds() + " seconds. Try again after "
                        + seconds + " seconds."))
                .header("Retry-After", seconds).build();
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(requests).refillIntervally(requests, period).build())
                .build();
    }
}
