package org.reliefdesk.scheduling.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.reliefdesk.accounts.Practice;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.accounts.Role;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.BookingStatus;
import org.reliefdesk.scheduling.Bookings;
import org.reliefdesk.scheduling.courses.Courses;
import org.reliefdesk.scheduling.notices.PolicyWords;
import org.reliefdesk.scheduling.notices.SessionCalendars;
import org.reliefdesk.scheduling.practice.Ids;
import org.reliefdesk.scheduling.practice.Location;
import org.reliefdesk.scheduling.practice.Locations;
import org.reliefdesk.scheduling.waitlist.Waitlist;
import org.reliefdesk.shared.PageParams;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;


/**
 * A client's sessions: upcoming ones to cancel or add to a calendar (moving is {@link MovePages}),
 * and the history with every outcome (attended, did not attend, cancelled, late cancellation,
 * moved). Staff open it for a client ({@code clientId}) and may also record no-shows and change
 * sessions inside the late window.
 */
@Controller
class SessionPages {

    /** Statuses listed under "Coming up" while the start is ahead (and may be cancelled there). */
    private static final Set<BookingStatus> UPCOMING =
            EnumSet.of(BookingStatus.HELD, BookingStatus.BOOKED, BookingStatus.CHECKED_IN);

    private final ClientAccess access;
    private final Bookings bookings;
    private final BookingChanges changes;
    private final BookingStore store;
    private final Courses courses;
    private final Waitlist waitlist;
    private final Locations locations;
    private final SessionCalendars calendars;
    private final Clock clock;
    private final ObjectProvider<Practice> practice;
    private final MessageSource messages;

    SessionPages(ClientAccess access, Bookings bookings, BookingChanges changes, BookingStore store, Courses courses,
            Waitlist waitlist, Locations locations, SessionCalendars calendars, Clock clock,
            ObjectProvider<Practice> practice, MessageSource messages) {
        this.messages = messages;
        this.practice = practice;
        this.access = access;
        this.bookings = bookings;
        this.changes = changes;
        this.store = store;
        this.courses = courses;
        this.waitlist = waitlist;
        this.locations = locations;
        this.calendars = calendars;
        this.clock = clock;
    }

    /**
     * One row of the list: the booking, how it reads, what may be done (move, cancel, record a no-show; each
     * cancel and no-show asks for confirmation on its own page, {@code scheduling.visits}), and its moves.
     */
    record Row(Booking booking, OffsetDateTime start, String outcome, boolean canChange, boolean canCancel,
            boolean canNoShow, List<Move> moves) {
    }

    /** An earlier time of a moved session (in its zone), and whether the move was inside the late window. */
    record Move(OffsetDateTime from, boolean late) {
    }

    @GetMapping("/sessions")
    String sessions(@AuthenticationPrincipal ReliefDeskUser user, @RequestParam(required = false) String clientId,
            Model model) {
        Client client = client(user, clientId);
        List<Row> upcoming = new ArrayList<>();
        List<Row> history = new ArrayList<>();
        Instant now = clock.instant();
        for (Booking b : bookings.list(new Bookings.Filter(null, null, null, null, client.id(), null),
                PageParams.of(0, 200)).items()) {
            boolean ahead = UPCOMING.contains(b.status()) && b.start().isAfter(now);
            (ahead ? upcoming : history).add(row(user, b, ahead, now));
        }
        Collections.reverse(history);
        model.addAttribute("client", client).addAttribute("forStaff", user.isStaff())
                .addAttribute("canBook", user.role() != Role.THERAPIST)
                .addAttribute("upcoming", upcoming).addAttribute("history", history)
                .addAttribute("courses", courses.ofClient(client.id()))
                .addAttribute("waiting", waitlist.list(user, client.id(), null, null, "WAITING", PageParams.of(0, 50))
                        .items())
                .addAttribute("lateHours", new PolicyWords(messages, LocaleContextHolder.getLocale())
                        .window(locations.first().map(Location::lateCancelHours).orElse(24)))
                .addAttribute("feePolicy", feePolicy());
        return "scheduling/sessions";
    }

    /** What the first location's policy costs ("Cancelling within 24 hours or not coming costs $40.00."), or "". */
    private String feePolicy() {
        Practice details = practice.getIfAvailable();
        String currency = details == null ? null : details.currency();
        return locations.first().map(l -> new PolicyWords(messages, LocaleContextHolder.getLocale()).fees(l, currency))
                .orElse("");
    }

    @GetMapping("/sessions/{id}/calendar.ics")
    ResponseEntity<String> ics(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id) {
        return ResponseEntity.ok().contentType(SessionCalendars.CALENDAR)
                .header("Content-Disposition", "attachment; filename=\"session.ics\"")
                .body(calendars.bookingCalendar(id, user));
    }

    private Row row(ReliefDeskUser user, Booking b, boolean ahead, Instant now) {
        boolean mayChange = ahead && user.role() != Role.THERAPIST && (user.isStaff() || !changes.insideLateWindow(b));
        boolean canNoShow = user.isStaff() && (b.isBooked() || b.status() == BookingStatus.CHECKED_IN)
                && !b.start().isAfter(now);
        return new Row(b, b.localStart(), outcome(b, now), mayChange && b.isBooked(), mayChange, canNoShow, moves(b));
    }

    private List<Move> moves(Booking booking) {
        ZoneId zone = ZoneId.of(booking.timeZone());
        return store.moves(booking.id()).stream()
                .map(m -> new Move(m.from().atZone(zone).toOffsetDateTime(), m.late())).toList();
    }

    /** How the session ended or stands, as a code the page words ({@code code.SessionOutcome.*}). */
    static String outcome(Booking b, Instant now) {
        return switch (b.status()) {
            case CANCELLED -> b.lateCancellation() ? "LATE_CANCELLATION" : "CANCELLED";
            case NO_SHOW -> "NO_SHOW";
            case BOOKED -> b.start().isAfter(now) ? "BOOKED" : "ATTENDED";
            case HELD -> "HELD";
            case CHECKED_IN -> "ARRIVED";
            case COMPLETED -> "ATTENDED";
        };
    }

    private Client client(ReliefDeskUser user, String clientId) {
        if (user.isClient()) {
            return access.self(user);
        }
        return access.profile(Ids.parseOrNone(clientId), user);
    }
}
