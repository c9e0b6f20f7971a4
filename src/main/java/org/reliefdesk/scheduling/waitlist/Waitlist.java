package org.reliefdesk.scheduling.waitlist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.accounts.Role;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.clients.ClientAccountClosed;
import org.reliefdesk.services.Service;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.Paged;
import org.reliefdesk.shared.TypedFields;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.reliefdesk.scheduling.booking.ScreeningGate;
import org.reliefdesk.scheduling.practice.Location;
import org.reliefdesk.scheduling.practice.RequestResolver;

/**
 * Clients waiting for a time to free up at a location, for a service, on a day (optionally with one
 * therapist), first come first served. {@link WaitlistOffers} makes the offers.
 */
@Component
public class Waitlist {

    private final JdbcClient jdbc;
    private final RequestResolver resolver;
    private final ClientAccess access;
    private final ScreeningGate gate;
    private final WaitlistOffers offers;
    private final Clock clock;

    Waitlist(JdbcClient jdbc, RequestResolver resolver, ClientAccess access, ScreeningGate gate, WaitlistOffers offers,
            Clock clock) {
        this.jdbc = jdbc;
        this.resolver = resolver;
        this.access = access;
        this.gate = gate;
        this.offers = offers;
        this.clock = clock;
    }

    /** {@code POST /api/v1/waitlist} as sent. */
    public record JoinRequest(String clientId, String locationId, String serviceCode, String date, String therapistId) {
    }

    /**
     * One client's place on the list. {@code status}: WAITING, BOOKED (an offer was taken), CANCELLED
     * (left), or PASSED (the day went by); {@code position} counts from 1 among those waiting.
     */
    public record Entry(UUID id, UUID clientId, String clientName, UUID locationId, String serviceCode, LocalDate date,
            UUID therapistId, String status, Integer position, UUID bookingId, Instant createdAt) {
    }

    /** What a join names, resolved and checked. */
    private record Join(Client client, Location location, Service service, LocalDate date, UUID therapist) {
    }

    @Transactional
    public Entry join(ReliefDeskUser user, JoinRequest request) {
        if (user.role() == Role.THERAPIST) {
            throw new ForbiddenException("Front desk and administrators put clients on the waitlist");
        }
        Join join = resolve(user, request);
        gate.check(join.client().id());
        try {
            UUID id = jdbc.sql("""
                    insert into waitlist_entry (client_id, location_id, service_code, day, therapist_id, created_by)
                    values (:client, :location, :service, :day, :therapist, :by) returning id""")
                    .param("client", join.client().id()).param("location", join.location().id())
                    .param("service", join.service().code()).param("day", join.date())
                    .param("therapist", join.therapist()).param("by", user.id()).query(UUID.class).single();
            return find(id).orElseThrow();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("The client is already waiting for that day");
        }
    }

    /** The client first (an unknown one is answered alone), then every other field's errors at once. */
    private Join resolve(ReliefDeskUser user, JoinRequest request) {
        Client client = client(user, request.clientId());
        FieldErrors errors = new FieldErrors();
        Location location = resolver.location(request.locationId(), errors);
        Service service = resolver.service(request.serviceCode(), errors);
        LocalDate date = date(request.date(), location, errors);
        UUID therapist = resolver.therapist(request.therapistId(), errors);
        errors.throwIfAny();
        return new Join(client, location, service, date, therapist);
    }

    private LocalDate date(String text, Location location, FieldErrors errors) {
        errors.required("date", text);
        LocalDate date = TypedFields.date("date", text, "must be a date, e.g. 2026-12-01", errors);
        LocalDate today = LocalDate.now(location == null ? clock : clock.withZone(location.zone()));
        if (date != null && date.isBefore(today)) {
            errors.add("date", "has already passed");
        } else if (date != null && date.isAfter(today.plusDays(365))) {
            errors.add("date", "must be within a year");
        }
        return date;
    }

    /** The entry if this user may see it (a client only their own; anyone else 404). */
    public Entry visible(UUID id, ReliefDeskUser user) {
        Entry entry = find(id).orElseThrow(() -> new NotFoundException("Waitlist entry"));
        if (user.isClient()) {
            access.profile(entry.clientId(), user);
        }
        return entry;
    }

    /** Leaves the list; an open offer is withdrawn and passed to the next client waiting. */
    @Transactional
    public Entry leave(UUID id, ReliefDeskUser user) {
        if (user.role() == Role.THERAPIST) {
            throw new ForbiddenException("Front desk and administrators change the waitlist");
        }
        visible(id, user);
        int updated = jdbc.sql("""
                update waitlist_entry set status = 'CANCELLED', closed_at = now() where id = :id and status = 'WAITING'""")
                .param("id", id).update();
        if (updated == 0) {
            throw new ConflictException("This entry is no longer waiting");
        }
        offers.withdrawFor(id);
        return find(id).orElseThrow();
    }

    /**
     * A closed account leaves every list it waits on (in the closing transaction, before its bookings are cancelled, so
     * that no freed time is offered to it); its open offers are withdrawn and passed on.
     */
    @EventListener
    void on(ClientAccountClosed closed) {
        List<UUID> left = jdbc.sql("""
                update waitlist_entry set status = 'CANCELLED', closed_at = now()
                where client_id = :client and status = 'WAITING' returning id""")
                .param("client", closed.clientId()).query(UUID.class).list();
        left.forEach(offers::withdrawFor);
    }

    public Paged<Entry> list(ReliefDeskUser user, UUID clientId, UUID locationId, LocalDate date, String status,
            PageParams page) {
        UUID client = user.isClient() ? access.self(user).id() : clientId;
        if (user.isClient() && clientId != null && !clientId.equals(client)) {
            throw new NotFoundException("Client");
        }
        String where = """
                 where (cast(:client as uuid) is null or e.client_id = :client)
                   and (cast(:location as uuid) is null or e.location_id = :location)
                   and (cast(:day as date) is null or e.day = :day)
                   and (cast(:status as text) is null or e.status = :status)""";
        long total = bind(jdbc.sql("select count(*) from waitlist_entry e " + where), client, locationId, date, status)
                .query(Long.class).single();
        List<Entry> items = bind(jdbc.sql(SELECT + " " + where + " order by e.day, e.created_at, e.id limit :limit offset :offset"),
                client, locationId, date, status).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> map(rs)).list();
        return new Paged<>(items, page.page(), page.size(), total);
    }

    Optional<Entry> find(UUID id) {
        return jdbc.sql(SELECT + " where e.id = :id").param("id", id).query((rs, n) -> map(rs)).optional();
    }

    private static final String SELECT = """
            select e.id, e.client_id, c.full_name, e.location_id, e.service_code, e.day, e.therapist_id, e.status,
                e.booking_id, e.created_at, l.time_zone,
                (select count(*) from waitlist_entry o where o.status = 'WAITING' and o.location_id = e.location_id
                    and o.service_code = e.service_code and o.day = e.day
                    and (o.created_at, o.id) <= (e.created_at, e.id)) as position
            from waitlist_entry e join client c on c.id = e.client_id join location l on l.id = e.location_id""";

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, UUID client, UUID location,
            LocalDate day, String status) {
        return spec.param("client", client).param("location", location).param("day", day).param("status", status);
    }

    private Entry map(ResultSet rs) throws SQLException {
        LocalDate day = rs.getObject("day", LocalDate.class);
        String status = rs.getString("status");
        boolean waiting = status.equals("WAITING");
        if (waiting && day.isBefore(LocalDate.now(clock.withZone(java.time.ZoneId.of(rs.getString("time_zone")))))) {
            status = "PASSED";
            waiting = false;
        }
        return new Entry(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class), rs.getString("full_name"),
                rs.getObject("location_id", UUID.class), rs.getString("service_code"), day,
                rs.getObject("therapist_id", UUID.class), status, waiting ? rs.getInt("position") : null,
                rs.getObject("booking_id", UUID.class), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    /** A client only themself (another is a 404); staff name a known client (else a 422 on its own). */
    private Client client(ReliefDeskUser user, String clientId) {
        FieldErrors errors = new FieldErrors();
        Client client = resolver.client(user, clientId, errors);
        errors.throwIfAny();
        return client;
    }
}
