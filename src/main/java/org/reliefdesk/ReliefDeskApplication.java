package org.reliefdesk;

import org.reliefdesk.backup.BackupRestore;
import org.reliefdesk.shared.EarlyEmbeddedPostgres;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(sharedModules = "shared")
public class ReliefDeskApplication {

    public static void main(String[] args) {
        if (BackupRestore.requested(args)) {
            System.exit(BackupRestore.run(args, System.out));
        }
        SpringApplication application = new SpringApplication(ReliefDeskApplication.class);
        application.addListeners(new EarlyEmbeddedPostgres());
        application.run(args);
    }
}
