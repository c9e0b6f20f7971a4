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
    private final Path dataDirectory;

    private MaintenanceDatabase(EmbeddedPostgresServer.Server server, Path dataDirectory) {
        this.server = server;
        this.dataDirectory = dataDirectory;
    }

    public static MaintenanceDatabase start(Path dataDirectory) {
        return new MaintenanceDatabase(EmbeddedPostgresServer.startUnshared(dataDirectory), dataDirectory);
    }

    /**
     * Connections with every right (schema changes, COPY into every table, sequences). What the superuser
     * creates in schema public is handed to the application's role at the application's next start.
     */
    public DataSource superuser() {
        return server.superuserDataSource();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new IllegalStateException("The PostgreSQL on " + dataDirectory + " did not stop cleanly", e);
        }
    }
}
