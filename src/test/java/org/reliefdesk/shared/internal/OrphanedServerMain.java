package org.reliefdesk.shared.internal;

import java.nio.file.Path;
import java.sql.Connection;

/**
 * Run in a separate JVM by {@link EmbeddedPostgresRecoveryTests}: starts the server, writes a row, then blocks on
 * its standard input (which the test never writes to) until it is killed.
 */
public final class OrphanedServerMain {

    private OrphanedServerMain() {
    }

    public static void main(String[] args) throws Exception {
        var server = EmbeddedPostgresServer.start(Path.of(args[0]), false);
        try (Connection c = server.applicationDataSource().getConnection()) {
            c.createStatement().execute("create table if not exists survivor (name text)");
            c.createStatement().execute("insert into survivor values ('kept across kill -9')");
        }
        System.out.println("READY");
        System.out.flush();
        System.in.read();
    }
}
