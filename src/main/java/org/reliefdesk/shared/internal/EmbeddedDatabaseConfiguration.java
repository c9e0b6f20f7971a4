package org.reliefdesk.shared.internal;

import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url}, ReliefDesk runs its own PostgreSQL in
 * {@code reliefdesk.db.data-dir} (default {@code ./data/postgres}). With a URL, this
 * configuration stays out of the way and Spring Boot connects to that server.
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
        dataSource.setJdbcUrl(postgres.server().getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(poolSize);
        dataSource.setPoolName("reliefdesk-embedded");
        return dataSource;
    }

    record RunningPostgres(EmbeddedPostgres server, boolean stopOnClose) implements DisposableBean {
        @Override
        public void destroy() {
            if (stopOnClose) {
                EmbeddedPostgresServer.stop();
            }
        }
    }
}
