package org.reliefdesk.shared;

import java.io.IOException;
import java.nio.file.Path;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.reliefdesk.shared.internal.EmbeddedPostgresServer;

/**
 * An embedded PostgreSQL started on a data folder for a maintenance command (the restore), outside
 * the application's own server; the caller closes it, which stops the server.
 */
public final class MaintenanceDatabase implements AutoCloseable {

    private final EmbeddedPostgres server;
    private final Path dataDirectory;

    private MaintenanceDatabase(EmbeddedPostgres server, Path dataDirectory) {
        this.server = server;
        this.dataDirectory = dataDirectory;
    }

    public static MaintenanceDatabase start(Path dataDirectory) {
        return new MaintenanceDatabase(EmbeddedPostgresServer.startUnshared(dataDirectory), dataDirectory);
    }

    /** Connections with every right (schema changes, COPY into every table, sequences). */
    public DataSource superuser() {
        return server.getPostgresDatabase();
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
