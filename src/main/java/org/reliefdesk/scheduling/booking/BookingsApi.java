package org.reliefdesk.scheduling.booking;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.scheduling.BookingStatus;
import org.reliefdesk.scheduling.Bookings;
import org.reliefdesk.scheduling.holds.Holds;
import org.reliefdesk.scheduling.CancelReason;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.Paged;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.reliefdesk.scheduling.practice.Ids;
import org.reliefdesk.scheduling.practice.Location;
import org.reliefdesk.scheduling.practice.Locations;
import org.reliefdesk.scheduling.practice.TimeRange;

/** Booking, listing, reading, cancelling, no-shows, arrivals and completions. */
@RestController
@RequestMapping("/api/v1/bookings")
@Tag(name = "Scheduling")
class BookingsApi {

    private final Booker booker;
    private final BookingChanges changes;
    private final Bookings bookings;
    private final Locations locations;
    private final ClientAccess access;
    private final Holds holds;

    BookingsApi(Booker booker, BookingChanges changes, Bookings bookings, Locations locations, ClientAccess access,
            Holds holds) {
        this.holds = holds;
        this.booker = booker;
        this.changes = changes;
        this.bookings = bookings;
        this.locations = locations;
        this.access = access;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    BookingView book(@AuthenticationPrincipal ReliefDeskUser user, @RequestBody BookingRequest body) {
        return BookingView.of(body.isHold() ? holds.hold(user, body) : booker.book(user, body));
    }

    /** Dates in {@code from}/{@code to} are local days of the location (or the first location). */
    @GetMapping
    Paged<BookingView> list(@AuthenticationPrincipal ReliefDeskUser user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String locationId,
            @RequestParam(required = false) String therapistId, @RequestParam(required = false) String clientId,
            @RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        FieldErrors errors = new FieldErrors();
        UUID location = Ids.parse(locationId);
        ZoneId zone = (location == null ? locations.first() : locations.find(location)).map(Location::zone)
                .orElse(ZoneOffset.UTC);
        Instant start = from == null ? null : instant(TimeRange.parse(from, zone, false, "from", errors));
        Instant end = to == null ? null : instant(TimeRange.parse(to, zone, true, "to", errors));
        BookingStatus wanted = status(status, errors);
        errors.throwIfAny();
        UUID client = clientFilter(user, clientId);
        var filter = new Bookings.Filter(start, end, locationId == null ? null : (location == null ? Ids.NONE : location),
                therapistId == null ? null : Ids.parseOrNone(therapistId), client, wanted);
        return bookings.list(filter, PageParams.of(page, size)).map(BookingView::of);
    }

    @GetMapping("/{id}")
    BookingView get(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id) {
        return BookingView.of(changes.visible(id, user));
    }

    /** {@code reason}: one of {@link CancelReason#CHOOSABLE} (optional); {@code note}: free text (optional). */
    record CancelRequest(String reason, String note) {
    }

    @PostMapping("/{id}/cancel")
    BookingView cancel(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestBody(required = false) CancelRequest body) {
        FieldErrors errors = new FieldErrors();
        CancelReason reason = body == null ? null : CancelReason.parse(body.reason(), "reason", errors);
        errors.throwIfAny();
        return BookingView.of(changes.cancel(id, user, reason, body == null ? null : body.note()));
    }

    @PostMapping("/{id}/no-show")
    BookingView noShow(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id) {
        return BookingView.of(changes.noShow(id, user));
    }

    @PostMapping("/{id}/check-in")
    BookingView checkIn(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id) {
        return BookingView.of(changes.checkIn(id, user));
    }

    @PostMapping("/{id}/complete")
    BookingView complete(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id) {
        return BookingView.of(changes.complete(id, user));
    }

    /** A client sees only their own bookings (naming another client is a 404). */
    private UUID clientFilter(ReliefDeskUser user, String clientId) {
        if (user.isClient()) {
            UUID own = access.self(user).id();
            if (clientId != null && !own.equals(Ids.parse(clientId))) {
                throw new NotFoundException("Client");
            }
            return own;
        }
        return clientId == null ? null : Ids.parseOrNone(clientId);
    }


    private static BookingStatus status(String status, FieldErrors errors) {
        if (status == null) {
            return null;
        }
        try {
            return BookingStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            errors.add("status", "must be one of " + java.util.Arrays.toString(BookingStatus.values()));
            return null;
        }
    }

    private static Instant instant(Long epochSecond) {
        return epochSecond == null ? null : Instant.ofEpochSecond(epochSecond);
    }
}
