package org.reliefdesk.shared;

import java.io.IOException;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.reliefdesk.shared.internal.EmbeddedPostgresServer;

/**
 * An embedded PostgreSQL started on a data folder for a maintenance command (the restore), outside
 * the application's own server; the caller closes it, which stops the server.
 */
public final class MaintenanceDatabase implements AutoCloseable {

    private final EmbeddedPostgresServer.Server server;

    private MaintenanceDatabase(EmbeddedPostgresServer.Server server) {
        this.server = server;
    }

    public static MaintenanceDatabase start(Path dataDirectory) {
        return new MaintenanceDatabase(EmbeddedPostgresServer.startUnshared(dataDirectory));
    }

    /** The application's own role (owner of the schema, not a superuser), as a normal start connects. */
    public DataSource application() {
        return server.applicationDataSource();
    }

    /** The superuser, for inspection only. */
    public DataSource superuser() {
        return server.superuserDataSource();
    }

    public Path dataDirectory() {
        return server.directory();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new IllegalStateException("The PostgreSQL on " + server.directory() + " did not stop cleanly", e);
        }
    }
}
