package org.reliefdesk.shared;

import java.nio.file.Path;

import org.reliefdesk.shared.internal.EmbeddedPostgresServer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts the embedded PostgreSQL on a thread of its own as soon as the configuration is known, so that
 * unpacking, {@code initdb} and start-up (about 4 s on a first start, 0.5 s after) overlap the
 * application context's own start instead of following it. The data source bean still asks
 * {@link EmbeddedPostgresServer#start} for the server: it gets this one, waiting if it is not up yet, or
 * starts it itself (and reports any failure) if this attempt failed. Nothing starts when a JDBC URL is set.
 */
public final class EarlyEmbeddedPostgres implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final Logger log = LoggerFactory.getLogger(EarlyEmbeddedPostgres.class);

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        if (environment.containsProperty("spring.datasource.url")) {
            return;
        }
        Path dataDirectory = Path.of(environment.getProperty("reliefdesk.db.data-dir", "./data/postgres"));
        boolean clean = environment.getProperty("reliefdesk.db.clean", Boolean.class, false);
        Thread starter = new Thread(() -> {
            try {
                EmbeddedPostgresServer.start(dataDirectory, clean);
            } catch (RuntimeException e) {
                log.debug("Early start of the embedded PostgreSQL failed; the data source will try again", e);
            }
        }, "embedded-postgres-start");
        starter.setDaemon(true);
        starter.start();
    }
}
