package org.reliefdesk.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JVM killed hard (SIGKILL) leaves its embedded server running with a postmaster.pid; the next
 * start must stop that orphan and start again on the same data.
 */
class EmbeddedPostgresRecoveryTests {

    @TempDir
    Path dir;

    @Test
    void recoversFromAKilledJvmWithoutLosingData() throws Exception {
        Path data = dir.resolve("postgres");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, OrphanedServerMain.class.getName(), data.toString())
                .redirectErrorStream(true).start();
        try (var out = new BufferedReader(new InputStreamReader(jvm.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null && !line.contains("READY")) {
                // wait until the server is up and the row written
            }
        }
        long orphanPid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
        // while that JVM lives, its folder is in use: a second start refuses and leaves its server running
        assertThatThrownBy(() -> EmbeddedPostgresServer.startUnshared(data))
                .hasMessageContaining("another running ReliefDesk").hasMessageContaining(data.toString());
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).contains(true);
        jvm.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).contains(true);

        var server = EmbeddedPostgresServer.startUnshared(data);
        try (Connection c = server.applicationDataSource().getConnection();
                ResultSet rows = c.createStatement().executeQuery("select name from survivor")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("kept across kill -9");
        } finally {
            server.close();
        }
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }
}
