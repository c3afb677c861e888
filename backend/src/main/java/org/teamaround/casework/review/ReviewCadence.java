package org.teamaround.casework.review;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** When the next Team Around the Family review is due: a configured number of weeks after the last (or the first contact). */
@ApplicationScoped
public class ReviewCadence {

    @ConfigProperty(name = "teamaround.review.interval-weeks", defaultValue = "6")
    int intervalWeeks;

    public LocalDate nextAfter(LocalDate last) {
        return last.plusWeeks(intervalWeeks);
    }
}
