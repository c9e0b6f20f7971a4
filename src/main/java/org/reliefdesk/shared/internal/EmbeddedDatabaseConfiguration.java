package org.reliefdesk.shared.internal;

import java.nio.file.Path;
import java.sql.SQLException;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url}, ReliefDesk runs its own PostgreSQL in
 * {@code reliefdesk.db.data-dir} (default {@code ./data/postgres}) and signs in to it as its own non-superuser
 * role. With a URL, this configuration stays out of the way and Spring Boot connects to that server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.datasource.url", matchIfMissing = true, havingValue = "__embedded__")
class EmbeddedDatabaseConfiguration {

    @Bean
    RunningPostgres embeddedPostgres(@Value("${reliefdesk.db.data-dir:./data/postgres}") Path dataDir,
            @Value("${reliefdesk.db.clean:false}") boolean clean,
            @Value("${reliefdesk.db.stop-on-close:true}") boolean stopOnClose) {
        return new RunningPostgres(EmbeddedPostgresServer.start(dataDir, clean), stopOnClose);
    }

    /** Depends on the server, so the pool closes before the server stops. */
    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(RunningPostgres postgres, @Value("${reliefdesk.db.pool-size:10}") int poolSize) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.server().jdbcUrl());
        dataSource.setUsername(postgres.server().applicationRole());
        dataSource.setPassword(postgres.server().credentials().applicationPassword());
        dataSource.setMaximumPoolSize(poolSize);
        dataSource.setPoolName("reliefdesk-embedded");
        return dataSource;
    }

    /**
     * Migrations run as the application's role; the audit table is its own only while migrations (which may
     * change it) run at start-up, and belongs to the audit role (insert and read only for the application)
     * before the application serves anything. (Asking Flyway first whether anything is pending costs a second
     * validation pass, ~0.2 s of every start.)
     */
    @Bean
    FlywayMigrationStrategy auditTableGuard(RunningPostgres postgres) {
        return flyway -> {
            var superuser = postgres.server().superuserDataSource();
            try {
                DatabaseRoles.unlockAudit(superuser);
                flyway.migrate();
                DatabaseRoles.lockAudit(superuser);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not set the audit table's owner", e);
            }
        };
    }

    record RunningPostgres(EmbeddedPostgresServer.Server server, boolean stopOnClose) implements DisposableBean {
        @Override
        public void destroy() {
            if (stopOnClose) {
                EmbeddedPostgresServer.stop();
            }
        }
    }
}
