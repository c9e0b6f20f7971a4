package org.reliefdesk.billing.checkout;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.Paged;
import org.reliefdesk.shared.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The packages sold to clients ({@code client_package}): read, locked for a checkout, a session used. */
@Component
public class ClientPackages {

    private static final String COLUMNS = """
            select id, package_id, client_id, name, service_code, sessions, used, sold_on, expires_on, invoice_id
            from client_package""";

    private final JdbcClient jdbc;
    private final Clock clock;

    ClientPackages(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<ClientPackage> find(UUID id) {
        return jdbc.sql(COLUMNS + " where id = :id").param("id", id).query(this::map).optional();
    }

    /** The package with its row locked until the caller's transaction ends (concurrent checkouts take turns). */
    Optional<ClientPackage> lock(UUID id) {
        return jdbc.sql(COLUMNS + " where id = :id for update").param("id", id).query(this::map).optional();
    }

    /** A client's packages, newest sale first. */
    public Paged<ClientPackage> of(UUID clientId, PageParams page) {
        List<ClientPackage> items = jdbc.sql(COLUMNS + " " + """
                where client_id = :client order by sold_on desc, id limit :limit offset :offset""")
                .param("client", clientId).param("limit", page.size()).param("offset", page.offset())
                .query(this::map).list();
        long total = jdbc.sql("select count(*) from client_package where client_id = :client")
                .param("client", clientId).query(Long.class).single();
        return new Paged<>(items, page.page(), page.size(), total);
    }

    /** The client's packages a session of {@code serviceCode} on {@code day} may be paid with. */
    public List<ClientPackage> usable(UUID clientId, String serviceCode, LocalDate day) {
        return jdbc.sql(COLUMNS + " " + """
                where client_id = :client and service_code = :service and used < sessions
                order by expires_on, id""").param("client", clientId).param("service", serviceCode)
                .query(this::map).list().stream().filter(p -> p.usableFor(serviceCode, day)).toList();
    }

    /** One session used; the row is locked already ({@link #lock}) and the checks done. */
    void useSession(UUID id) {
        int rows = jdbc.sql("update client_package set used = used + 1 where id = :id and used < sessions")
                .param("id", id).update();
        if (rows == 0) {
            throw RuleViolationException.of("payments", "This package has no sessions left");
        }
    }

    UUID insert(PackageDefinition definition, UUID clientId, LocalDate soldOn, UUID invoiceId) {
        return jdbc.sql("""
                insert into client_package (package_id, client_id, service_code, name, sessions, sold_on, expires_on,
                    invoice_id)
                values (:package, :client, :service, :name, :sessions, :soldOn, :expiresOn, :invoice) returning id""")
                .param("package", definition.id()).param("client", clientId).param("service", definition.serviceCode())
                .param("name", definition.name()).param("sessions", definition.sessions()).param("soldOn", soldOn)
                .param("expiresOn", soldOn.plusDays(definition.validDays())).param("invoice", invoiceId)
                .query(UUID.class).single();
    }

    private ClientPackage map(ResultSet rs, int n) throws SQLException {
        int sessions = rs.getInt("sessions");
        int used = rs.getInt("used");
        LocalDate expiresOn = rs.getObject("expires_on", LocalDate.class);
        return new ClientPackage(rs.getObject("id", UUID.class), rs.getObject("package_id", UUID.class),
                rs.getObject("client_id", UUID.class), rs.getString("name"), rs.getString("service_code"), sessions,
                used, sessions - used, rs.getObject("sold_on", LocalDate.class), expiresOn,
                expiresOn.isBefore(LocalDate.now(clock)), rs.getObject("invoice_id", UUID.class));
    }
}
