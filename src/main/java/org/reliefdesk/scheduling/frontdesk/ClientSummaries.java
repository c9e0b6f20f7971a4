package org.reliefdesk.scheduling.frontdesk;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.clients.ScreeningStatusLookup;
import org.reliefdesk.planning.PlanStanding;
import org.reliefdesk.planning.PlanStandings;
import org.reliefdesk.scheduling.BookingStatus;
import org.reliefdesk.scheduling.frontdesk.ClientSummary.Visit;
import org.reliefdesk.shared.ForbiddenException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds a client's {@link ClientSummary} for staff (a client asking is refused, an unknown id is a 404); a
 * clinician's read is audited, as it shows where the plan and the screening stand.
 */
@Component
class ClientSummaries {

    private final ClientAccess access;
    private final ScreeningStatusLookup screening;
    private final PlanStandings plans;
    private final NextAppointmentsQuery next;
    private final JdbcClient jdbc;
    private final Clock clock;

    ClientSummaries(ClientAccess access, ScreeningStatusLookup screening, PlanStandings plans,
            NextAppointmentsQuery next, JdbcClient jdbc, Clock clock) {
        this.access = access;
        this.screening = screening;
        this.plans = plans;
        this.next = next;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    ClientSummary of(UUID clientId, ReliefDeskUser user) {
        if (!user.isStaff()) {
            throw new ForbiddenException("Only staff see a client's summary");
        }
        Client client = access.profile(clientId, user);
        String status = screening.statusOf(clientId);
        PlanStanding plan = plans.of(Set.of(clientId)).getOrDefault(clientId, PlanStanding.NO_PLAN);
        Visit upcoming = next.of(Set.of(clientId)).values().stream().findFirst()
                .map(n -> new Visit(n.bookingId(), n.start(), n.therapistName(), null)).orElse(null);
        int[] missed = missed(clientId);
        if (user.isClinician()) {
            access.recordRead(user, clientId, "READ_CLIENT_SUMMARY", "CLIENT", clientId);
        }
        return new ClientSummary(clientId, client.fullName(), client.dateOfBirth(), age(client.dateOfBirth()),
                client.phone(), client.email(), status, plan, upcoming, lastVisit(clientId), missed[0], missed[1],
                alerts(status, plan, missed));
    }

    private Integer age(LocalDate dateOfBirth) {
        return dateOfBirth == null ? null : Period.between(dateOfBirth, LocalDate.now(clock)).getYears();
    }

    private static List<String> alerts(String status, PlanStanding plan, int[] missed) {
        List<String> alerts = new ArrayList<>();
        switch (status) {
            case "URGENT" -> alerts.add("URGENT");
            case "CLEARANCE_REQUIRED" -> alerts.add("CLEARANCE_NEEDED");
            case ScreeningStatusLookup.NO_INTAKE -> alerts.add("NO_INTAKE");
            default -> { }
        }
        if (plan.needsReview()) {
            alerts.add("PLAN_NEEDS_REVIEW");
        }
        if (missed[0] > 0) {
            alerts.add("NO_SHOWS");
        }
        if (missed[1] > 0) {
            alerts.add("LATE_CANCELLATIONS");
        }
        return alerts;
    }

    /** The latest session that has started and took place (or is taking place). */
    private Visit lastVisit(UUID clientId) {
        return jdbc.sql("""
                select b.id, b.starts_at, l.time_zone, u.full_name, b.status
                from booking b join location l on l.id = b.location_id join app_user u on u.id = b.therapist_id
                where b.client_id = :client and b.starts_at <= :now and b.status in """ + BookingStatus.ATTENDED_SQL
                        + " order by b.starts_at desc limit 1")
                .param("client", clientId).param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .query((rs, n) -> new Visit(rs.getObject("id", UUID.class), NextAppointmentsQuery.localStart(rs),
                        rs.getString("full_name"), rs.getString("status")))
                .optional().orElse(null);
    }

    /** No-shows and late cancellations, ever. */
    private int[] missed(UUID clientId) {
        return jdbc.sql("""
                select count(*) filter (where status = 'NO_SHOW') as no_shows,
                       count(*) filter (where status = 'CANCELLED' and late_cancellation) as late
                from booking where client_id = :client""")
                .param("client", clientId)
                .query((rs, n) -> new int[] {rs.getInt("no_shows"), rs.getInt("late")}).single();
    }
}
