package org.reliefdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class EarlyEmbeddedPostgresTests {

    /** With a server of its own (production), the application never starts an embedded one. */
    @Test
    void startsNothingWhenAJdbcUrlIsConfigured() throws InterruptedException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test",
                Map.of("spring.datasource.url", "jdbc:postgresql://db.example:5432/reliefdesk")));
        new EarlyEmbeddedPostgres().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(null,
                new SpringApplication(), new String[0], environment));
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("embedded-postgres-start"));
    }
}
