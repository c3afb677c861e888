package org.teamaround.common.error;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/**
 * Refuses an address with a NUL character (`%00`) in its path or query with 400 problem+json: no id, name or filter
 * holds one, and PostgreSQL cannot store or compare one, so it would otherwise fail deep in a query.
 */
@ApplicationScoped
class NulInAddress {

    private static final String BODY = """
            {"type":"%s","title":"%s","status":400,"detail":"The address has a NUL character (%%00)."}"""
            .formatted(ProblemType.BAD_REQUEST.uri, ProblemType.BAD_REQUEST.title);

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        String uri = context.request().uri();
        if (uri.indexOf('\u0000') >= 0 || uri.toLowerCase(Locale.ROOT).contains("%00")) {
            context.response().setStatusCode(400).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(BODY);
            return;
        }
        context.next();
    }
}
