package org.reliefdesk.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The practice's clock: "today" is in {@code reliefdesk.time-zone} (default the server's). */
@Configuration(proxyBeanMethods = false)
public class Clocks {

    @Bean
    Clock clock(@Value("${reliefdesk.time-zone:}") String zone) {
        return zone.isBlank() ? Clock.systemDefaultZone() : Clock.system(ZoneId.of(zone));
    }
}
