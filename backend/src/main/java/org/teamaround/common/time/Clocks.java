package org.teamaround.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one source of "now": calendar days are Europe/London days, and tests may replace the clock. */
@ApplicationScoped
public class Clocks {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(LONDON);
    }
}
