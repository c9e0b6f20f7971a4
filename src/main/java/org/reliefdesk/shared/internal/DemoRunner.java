package org.reliefdesk.shared.internal;

import java.util.Comparator;
import java.util.List;

import org.reliefdesk.shared.BeforeServing;
import org.reliefdesk.shared.DemoSeeder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo practice, module by module, when {@code reliefdesk.demo=true} — before the web server opens its
 * port, so that a sign-in the moment {@code /login} answers finds the demo logins (after the first administrator).
 * The logins are printed once the application is ready (its port known).
 */
@Component
@ConditionalOnBooleanProperty("reliefdesk.demo")
class DemoRunner extends BeforeServing {

    private static final Logger log = LoggerFactory.getLogger(DemoRunner.class);
    private final List<DemoSeeder> seeders;
    private final Environment environment;

    DemoRunner(List<DemoSeeder> seeders, Environment environment) {
        this.seeders = seeders;
        this.environment = environment;
    }

    @Override
    protected int step() {
        return 10;
    }

    @Override
    protected void prepare() {
        seeders.stream().sorted(Comparator.comparingInt(DemoSeeder::order)).forEach(DemoSeeder::seed);
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        log.info("""

                Demo practice ready. Sign in at http://localhost:{} with (password for all: {}):
                  admin      admin@demo.reliefdesk.local
                  therapist  therapist@demo.reliefdesk.local
                  front desk frontdesk@demo.reliefdesk.local
                  client     client@demo.reliefdesk.local
                """, environment.getProperty("local.server.port", "8080"), DemoSeeder.DEMO_PASSWORD);
    }
}
