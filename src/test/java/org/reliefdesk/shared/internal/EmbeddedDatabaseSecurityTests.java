package org.reliefdesk.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded server as a clinic runs it: durable, loopback only, passwords only, the application no superuser. */
@IntegrationTest
class EmbeddedDatabaseSecurityTests {

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    private static EmbeddedPostgresServer.Server server() {
        return EmbeddedPostgresServer.running();
    }

    @Test
    void runsWithPostgresDurableSettingsOnLoopbackOnly() throws SQLException {
        try (Connection c = server().superuserDataSource().getConnection(); var s = c.createStatement()) {
            for (String setting : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
                try (var rs = s.executeQuery("show " + setting)) {
                    rs.next();
                    assertThat(rs.getString(1)).as(setting).isEqualTo("on");
                }
            }
            try (var rs = s.executeQuery("select current_setting('listen_addresses'), "
                    + "current_setting('unix_socket_directories')")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("127.0.0.1");
                assertThat(rs.getString(2)).isEmpty();
            }
        }
    }

    @Test
    void refusesEveryConnectionWithoutTheRightPassword() {
        String url = server().jdbcUrl();
        for (String user : new String[] {"postgres", "reliefdesk"}) {
            assertThatThrownBy(() -> connect(url, user, null)).isInstanceOf(SQLException.class)
                    .hasMessageContaining("password");
            assertThatThrownBy(() -> connect(url, user, "not-the-password")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
        }
    }

    @Test
    void keepsItsPasswordsInAnOwnerOnlyFile() throws Exception {
        Path file = server().directory().resolve(DatabaseCredentials.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).doesNotContain("scram");
        assertThat(DatabaseCredentials.readFrom(server().directory())).isEqualTo(server().credentials());
    }

    @Test
    void theApplicationRoleOwnsTheSchemaButIsNoSuperuserAndCannotTouchAuditRows() {
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("reliefdesk");
        assertThat(jdbc.sql("select rolsuper or rolcreaterole or rolbypassrls from pg_roles where rolname = current_user")
                .query(Boolean.class).single()).isFalse();
        // the schema is the superuser's (its owner could drop the audit table); the application creates in it
        assertThat(jdbc.sql("select nspowner::regrole::text from pg_namespace where nspname = 'public'")
                .query(String.class).single()).isEqualTo("postgres");
        assertThat(jdbc.sql("select has_schema_privilege('public', 'CREATE')").query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("""
                select count(*) from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r'
                and relowner <> 'reliefdesk'::regrole and relname <> 'audit_event'""").query(Long.class).single())
                .isZero();
        jdbc.sql("insert into audit_event (actor, action) values ('test', 'TEST_ROW')").update();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'TEST_ROW'").query(Long.class).single())
                .isPositive();
        for (String change : new String[] {"delete from audit_event where action = 'TEST_ROW'",
            "update audit_event set actor = 'x' where action = 'TEST_ROW'", "truncate audit_event",
            "alter table audit_event disable trigger all", "drop table audit_event cascade",
            "drop function audit_event_is_append_only() cascade", "alter table audit_event rename to audit_old",
            "drop schema public cascade", "alter schema public rename to old_public", "drop trigger audit_event_no_change on audit_event",
            "alter table audit_event owner to reliefdesk",
            "create or replace function audit_event_is_append_only() returns trigger language plpgsql "
                    + "as $$ begin return null; end $$"}) {
            assertThatThrownBy(() -> jdbc.sql(change).update()).as(change).rootCause()
                    .hasMessageMatching("(?s).*(permission denied|must be owner).*");
        }
        // a grant by a role without grant option is only a warning in PostgreSQL: the privileges stay as they were
        jdbc.sql("grant update, delete, truncate on audit_event to reliefdesk").update();
        assertThat(jdbc.sql("""
                select has_table_privilege('audit_event', 'UPDATE') or has_table_privilege('audit_event', 'DELETE')
                or has_table_privilege('audit_event', 'TRUNCATE')""").query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'TEST_ROW'").query(Long.class).single())
                .isPositive();
    }

    @Test
    void refusesADataFolderCopiedFromARunningServerAndLeavesThatServerRunning() throws Exception {
        Path original = dir.resolve("original");
        Path copy = dir.resolve("copy");
        var running = EmbeddedPostgresServer.startUnshared(original);
        try {
            copyFolder(original, copy);
            long pid = Long.parseLong(Files.readAllLines(copy.resolve("postmaster.pid")).get(0).strip());
            assertThatThrownBy(() -> EmbeddedPostgresServer.startUnshared(copy))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(copy.toString()).hasMessageContaining("process " + pid);
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).contains(true);
            try (Connection c = running.applicationDataSource().getConnection();
                    var rs = c.createStatement().executeQuery("select 1")) {
                assertThat(rs.next()).isTrue();
            }
        } finally {
            running.close();
        }
    }

    @Test
    void locksDownADataFolderFromBeforePasswords() throws Exception {
        Path folder = dir.resolve("older");
        var older = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().setDataDirectory(folder)
                .setCleanDataDirectory(false).start();
        try (Connection c = older.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("create table kept (name text)");
            s.execute("insert into kept values ('from before')");
        } finally {
            older.close();
        }
        var upgraded = EmbeddedPostgresServer.startUnshared(folder);
        try (Connection c = upgraded.applicationDataSource().getConnection();
                var rs = c.createStatement().executeQuery("select name, current_user from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("from before");
            assertThat(rs.getString(2)).isEqualTo("reliefdesk");
            assertThatThrownBy(() -> connect(upgraded.jdbcUrl(), "postgres", null)).isInstanceOf(SQLException.class);
        } finally {
            upgraded.close();
        }
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(url, properties);
    }

    private static void copyFolder(Path from, Path to) throws Exception {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    try {
                        Files.copy(path, target);
                    } catch (java.nio.file.NoSuchFileException e) {
                        // a file the running server removed while copying
                    }
                }
            }
        }
    }
}
