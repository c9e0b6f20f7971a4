package org.reliefdesk.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.reliefdesk.shared.ClientAddress;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The append-only record of who read or changed which client's data. Other modules call
 * {@link #record}; rows are never updated or deleted (the table refuses it).
 */
@Component
public class AuditLog {

    private final JdbcClient jdbc;
    private final ClientAddress addresses;

    AuditLog(JdbcClient jdbc, ClientAddress addresses) {
        this.jdbc = jdbc;
        this.addresses = addresses;
    }

    /**
     * Records an event by this actor about a client (null for none) and the record it read or changed
     * ({@code resource} a kind such as INTAKE, PLAN, NOTE; {@code resourceId} that record's own id, null for a
     * list), from the current request's address.
     */
    public void record(String actor, String actorRole, String action, UUID clientId, String resource,
            Object resourceId, String detail) {
        record(new AuditEvent(actor, actorRole, action, clientId, resource,
                resourceId == null ? null : resourceId.toString(), detail, addresses.current()));
    }

    /** An event about no particular record (a sign-in, a system job). */
    public void record(String actor, String actorRole, String action, UUID clientId, String detail) {
        record(actor, actorRole, action, clientId, null, null, detail);
    }

    public void record(AuditEvent event) {
        jdbc.sql("""
                insert into audit_event (actor, actor_role, action, client_id, resource, resource_id, detail, address)
                values (:actor, :role, :action, :client, :resource, :resourceId, :detail, :address)""")
                .param("actor", event.actor())
                .param("role", event.actorRole())
                .param("action", event.action())
                .param("client", event.clientId())
                .param("resource", event.resource())
                .param("resourceId", event.resourceId())
                .param("detail", event.detail())
                .param("address", event.address())
                .update();
    }

    public Paged<AuditEntry> list(UUID clientId, String action, PageParams page) {
        String where = " where (cast(:client as uuid) is null or client_id = :client)"
                + " and (cast(:action as text) is null or action = :action)";
        long total = jdbc.sql("select count(*) from audit_event" + where)
                .param("client", clientId).param("action", action).query(Long.class).single();
        List<AuditEntry> items = jdbc.sql("select id, at, actor, actor_role, action, client_id, resource, resource_id,"
                        + " detail, address"
                        + " from audit_event" + where + " order by id desc limit :limit offset :offset")
                .param("client", clientId).param("action", action)
                .param("limit", page.size()).param("offset", page.offset())
                .query(AuditEntry.class).list();
        return new Paged<>(items, page.page(), page.size(), total);
    }

    /** Events about the client by people in one of {@code actorRoles} (e.g. the staff roles), newest first. */
    public Paged<AuditEntry> aboutClient(UUID clientId, Collection<String> actorRoles, PageParams page) {
        String where = " where client_id = :client and actor_role = any(:roles)";
        String[] roles = actorRoles.toArray(String[]::new);
        long total = jdbc.sql("select count(*) from audit_event" + where)
                .param("client", clientId).param("roles", roles).query(Long.class).single();
        List<AuditEntry> items = jdbc.sql("select id, at, actor, actor_role, action, client_id, resource, resource_id,"
                        + " detail, address from audit_event" + where + " order by at desc, id desc"
                        + " limit :limit offset :offset")
                .param("client", clientId).param("roles", roles)
                .param("limit", page.size()).param("offset", page.offset())
                .query(AuditEntry.class).list();
        return new Paged<>(items, page.page(), page.size(), total);
    }

    /** What happened, by whom (email and role), about which client and record (either may be null). */
    public record AuditEvent(String actor, String actorRole, String action, UUID clientId, String resource,
            String resourceId, String detail, String address) {

        /** An event about no particular record. */
        public AuditEvent(String actor, String actorRole, String action, UUID clientId, String detail,
                String address) {
            this(actor, actorRole, action, clientId, null, null, detail, address);
        }
    }

    public record AuditEntry(long id, Instant at, String actor, String actorRole, String action, UUID clientId,
            String resource, String resourceId, String detail, String address) {
    }
}
