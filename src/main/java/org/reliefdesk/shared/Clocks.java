package org.reliefdesk.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The practice's clock (API.md: "today" is in {@code reliefdesk.time-zone}, by default the first
 * location's zone, else the server's). The zone is looked up when asked, so a first location
 * created after start counts at once.
 */
@Configuration(proxyBeanMethods = false)
public class Clocks {

    @Bean
    Clock clock(ReliefDeskSettings settings, ObjectProvider<PracticeTimeZone> practiceZone) {
        if (settings.zone().isPresent()) {
            return Clock.system(settings.zone().get());
        }
        return new PracticeClock(() -> {
            PracticeTimeZone lookup = practiceZone.getIfAvailable();
            return lookup == null ? ZoneId.systemDefault() : lookup.zone().orElse(ZoneId.systemDefault());
        });
    }

    /** The system clock in a zone found on demand. */
    static final class PracticeClock extends Clock {
        private final Supplier<ZoneId> zone;

        PracticeClock(Supplier<ZoneId> zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone.get();
        }

        @Override
        public Clock withZone(ZoneId zoneId) {
            return Clock.system(zoneId);
        }

        @Override
        public Instant instant() {
            return Instant.now();
        }
    }
}
