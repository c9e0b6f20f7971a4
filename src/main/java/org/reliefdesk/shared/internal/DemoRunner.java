package org.reliefdesk.shared.internal;

import java.util.Comparator;
import java.util.List;

import org.reliefdesk.shared.DemoSeeder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Seeds the demo practice, module by module, when {@code reliefdesk.demo=true}. */
@Component
@Order(10)
@ConditionalOnBooleanProperty("reliefdesk.demo")
class DemoRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRunner.class);
    private final List<DemoSeeder> seeders;
    private final Environment environment;

    DemoRunner(List<DemoSeeder> seeders, Environment environment) {
        this.seeders = seeders;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        seeders.stream().sorted(Comparator.comparingInt(DemoSeeder::order)).forEach(DemoSeeder::seed);
        log.info("""

                Demo practice ready. Sign in at http://localhost:{} with (password for all: {}):
                  admin      admin@demo.reliefdesk.local
                  therapist  therapist@demo.reliefdesk.local
                  front desk frontdesk@demo.reliefdesk.local
                  client     client@demo.reliefdesk.local
                """, environment.getProperty("local.server.port", "8080"), DemoSeeder.DEMO_PASSWORD);
    }
}
