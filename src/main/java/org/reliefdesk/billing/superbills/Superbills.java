package org.reliefdesk.billing.superbills;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.reliefdesk.accounts.Practice;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.billing.Money;
import org.reliefdesk.charting.SessionNotes;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.planning.AcceptedPlans;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.BookingStatus;
import org.reliefdesk.scheduling.Bookings;
import org.reliefdesk.scheduling.TherapistLicences;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.TypedFields;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds a client's superbill for a date range (API.md "Money", CLINICAL.md section 9): the client themself,
 * therapists and admins (front desk 403, another client 404); a staff read is audited.
 */
@Component
class Superbills {

    private final ClientAccess access;
    private final Bookings bookings;
    private final SessionNotes notes;
    private final AcceptedPlans plans;
    private final TherapistLicences licences;
    private final Practice practice;
    private final Diagnoses diagnoses;
    private final SessionCodes codes;
    private final JdbcClient jdbc;

    Superbills(ClientAccess access, Bookings bookings, SessionNotes notes, AcceptedPlans plans,
            TherapistLicences licences, Practice practice, Diagnoses diagnoses, SessionCodes codes, JdbcClient jdbc) {
        this.access = access;
        this.bookings = bookings;
        this.notes = notes;
        this.plans = plans;
        this.licences = licences;
        this.practice = practice;
        this.diagnoses = diagnoses;
        this.codes = codes;
        this.jdbc = jdbc;
    }

    /** The dates of a request: both required, {@code from} on or before {@code to}; else a 422 naming the field. */
    record Range(LocalDate from, LocalDate to) {

        static Range read(String from, String to) {
            FieldErrors errors = new FieldErrors();
            errors.required("from", from).required("to", to);
            LocalDate start = TypedFields.date("from", from, errors);
            LocalDate end = TypedFields.date("to", to, errors);
            if (start != null && end != null && start.isAfter(end)) {
                errors.add("to", "must be on or after from (" + start + ")");
            }
            errors.throwIfAny();
            return new Range(start, end);
        }
    }

    Superbill of(UUID clientId, String from, String to, ReliefDeskUser user) {
        Client client = access.clinicalCheck(clientId, user);
        Range range = Range.read(from, to);
        Superbill bill = build(client, range);
        access.recordRead(user, clientId, "READ_SUPERBILL", "SUPERBILL", null);
        return bill;
    }

    private Superbill build(Client client, Range range) {
        List<Superbill.Session> sessions = new ArrayList<>();
        Map<UUID, Superbill.Provider> providers = new LinkedHashMap<>();
        for (Booking booking : completed(client.id(), range)) {
            sessions.add(session(booking));
            providers.computeIfAbsent(booking.therapistId(), id -> new Superbill.Provider(booking.therapistName(),
                    licences.of(id).map(l -> l.number() + (l.region() == null || l.region().isBlank() ? ""
                            : " (" + l.region() + ")")).orElse(null)));
        }
        Practice.Details details = practice.details();
        Practice.BillingDetails billing = practice.billingDetails();
        Superbill.Practice head = new Superbill.Practice(details.name(), details.address(), details.phone(),
                details.email(), billing.taxId(), billing.npi());
        return new Superbill(range.from(), range.to(), head, new Superbill.Person(client.fullName(),
                client.dateOfBirth()), diagnoses.onFile(client.id()), List.copyOf(providers.values()), sessions,
                practice.currency());
    }

    /** The client's COMPLETED sessions whose local date (the location's zone) is in the range, oldest first. */
    private List<Booking> completed(UUID clientId, Range range) {
        var filter = new Bookings.Filter(range.from().minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                range.to().plusDays(2).atStartOfDay().toInstant(ZoneOffset.UTC), null, null, clientId,
                BookingStatus.COMPLETED);
        return bookings.all(filter).stream().filter(b -> {
            LocalDate day = b.localStart().toLocalDate();
            return !day.isBefore(range.from()) && !day.isAfter(range.to());
        }).toList();
    }

    private Superbill.Session session(Booking booking) {
        Optional<List<SessionCodes.Timed>> noted = notes.signedTechniques(booking.id())
                .map(used -> used.stream().map(t -> new SessionCodes.Timed(t.technique(), t.minutes())).toList());
        List<SessionCodes.Timed> timed = noted.orElseGet(() -> planned(booking));
        Charge charge = charge(booking.id()).orElse(null);
        return new Superbill.Session(booking.localStart().toLocalDate(), booking.therapistName(), codes.lines(timed),
                noted.isEmpty(), charge == null ? null : charge.charge(), charge == null ? null : charge.paid());
    }

    /** No signed note: the blocks of the accepted plan version the booking was made under (none: no codes). */
    private List<SessionCodes.Timed> planned(Booking booking) {
        if (booking.planId() == null || booking.planVersion() == null) {
            return List.of();
        }
        return plans.version(booking.planId(), booking.planVersion())
                .map(plan -> plan.blocks().stream().map(b -> new SessionCodes.Timed(b.technique(), b.minutes()))
                        .toList())
                .orElse(List.of());
    }

    /** The visit's checkout invoice: its total less credit notes, and what was paid toward that (at most all of it). */
    private record Charge(Money charge, Money paid) {
    }

    private Optional<Charge> charge(UUID bookingId) {
        return jdbc.sql("""
                select i.total,
                       (select coalesce(sum(c.amount), 0) from credit_note c where c.invoice_id = i.id) as credited,
                       (select coalesce(sum(p.amount), 0) from payment p where p.invoice_id = i.id) as paid
                from invoice i where i.booking_id = :booking and i.reason is null""")
                .param("booking", bookingId)
                .query((rs, n) -> {
                    Money charge = new Money(rs.getBigDecimal("total"))
                            .minusAtMostZero(new Money(rs.getBigDecimal("credited")));
                    Money paid = new Money(rs.getBigDecimal("paid"));
                    return new Charge(charge, paid.isMoreThan(charge) ? charge : paid);
                }).optional();
    }
}
