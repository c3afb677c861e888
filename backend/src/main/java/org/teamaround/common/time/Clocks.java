package org.teamaround.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one source of "now": calendar days are Europe/London days. It is the system's clock, shifted only when a
 * demo service is being loaded or a test needs another day ({@link #moveTo}); time keeps running after a move.
 */
@ApplicationScoped
public class Clocks {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final AtomicReference<Duration> shift = new AtomicReference<>(Duration.ZERO);

    @Produces
    @ApplicationScoped
    Clock clock() {
        return new ShiftedClock(LONDON);
    }

    /** From now on the service's clock reads `instant` and runs on from there. */
    public void moveTo(Instant instant) {
        shift.set(Duration.between(Instant.now(), instant));
    }

    /** Back to the system's time. */
    public void reset() {
        shift.set(Duration.ZERO);
    }

    public boolean isShifted() {
        return !shift.get().isZero();
    }

    private final class ShiftedClock extends Clock {

        private final ZoneId zone;

        private ShiftedClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new ShiftedClock(other);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(shift.get());
        }
    }
}
