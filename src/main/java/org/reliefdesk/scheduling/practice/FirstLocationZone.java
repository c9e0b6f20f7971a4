package org.reliefdesk.scheduling.practice;

import java.time.ZoneId;
import java.util.Optional;

import org.reliefdesk.shared.PracticeTimeZone;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The practice's "today" follows its first location's time zone (unless configured). */
@Component
class FirstLocationZone implements PracticeTimeZone {

    private final JdbcClient jdbc;

    FirstLocationZone(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ZoneId> zone() {
        return jdbc.sql("select time_zone from location order by created_at limit 1").query(String.class).optional()
                .map(ZoneId::of);
    }
}
