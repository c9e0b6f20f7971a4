package org.reliefdesk.scheduling.notices;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.BookingStatus;
import org.reliefdesk.scheduling.Bookings;
import org.reliefdesk.shared.ReliefDeskSettings;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.reliefdesk.scheduling.booking.BookingChanges;
import org.reliefdesk.scheduling.practice.Therapists;

/**
 * Calendar feeds. A therapist's feed is open to the therapist or an administrator signed in, or to
 * anyone holding the therapist's current secret link ({@code ?token=}); the security configuration
 * lets the path through unauthenticated, so this controller decides. Events name the service, the
 * room and the client's first name only. A client downloads one session of their own.
 */
@RestController
@Tag(name = "Scheduling")
public class CalendarApi {

    public static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");
    /** The feed covers the last 30 days and the next year. */
    static final Duration PAST = Duration.ofDays(30);
    static final Duration AHEAD = Duration.ofDays(366);
    private final CalendarFeeds feeds;
    private final Therapists therapists;
    private final Bookings bookings;
    private final BookingChanges changes;
    private final ServiceLabels labels;
    private final SessionCalendar sessions;
    private final Clock clock;
    private final String baseUrl;

    CalendarApi(CalendarFeeds feeds, Therapists therapists, Bookings bookings, BookingChanges changes,
            ServiceLabels labels, SessionCalendar sessions, Clock clock, ReliefDeskSettings settings) {
        this.feeds = feeds;
        this.therapists = therapists;
        this.bookings = bookings;
        this.changes = changes;
        this.labels = labels;
        this.sessions = sessions;
        this.clock = clock;
        this.baseUrl = settings.baseUrl();
    }

    @GetMapping("/api/v1/therapists/{id}/calendar.ics")
    ResponseEntity<String> feed(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestParam(required = false) String token) {
        if (token != null) {
            if (!feeds.valid(id, token)) {
                throw new ResponseStatusException(HttpStatus.UNAUTHORIZED,
                        "This calendar link is not valid; it may have been revoked");
            }
        } else if (user == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign in, or use the calendar link");
        } else {
            feeds.checkOwner(id, user);
        }
        return ResponseEntity.ok().contentType(CALENDAR).header("Cache-Control", "private, max-age=300")
                .body(therapistCalendar(id));
    }

    String therapistCalendar(UUID therapistId) {
        therapists.get(therapistId);
        Instant now = clock.instant();
        List<Booking> held = bookings.all(new Bookings.Filter(now.minus(PAST), now.plus(AHEAD), null, therapistId,
                null, null)).stream().filter(b -> b.status() != BookingStatus.CANCELLED).toList();
        return Ics.calendar(held.stream().map(b -> new Ics.Event(b, labels.of(b.serviceCode()) + " · "
                + firstName(b.clientName()), b.roomName(), null)).toList());
    }

    /** {@code token} is shown once; put {@code url} into a calendar app. */
    record FeedLink(String token, String url) {
    }

    @PostMapping("/api/v1/therapists/{id}/calendar-token")
    @ResponseStatus(HttpStatus.CREATED)
    FeedLink issue(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id) {
        signedIn(user);
        String token = feeds.issue(id, user);
        return new FeedLink(token, baseUrl + "/api/v1/therapists/" + id + "/calendar.ics?token=" + token);
    }

    @DeleteMapping("/api/v1/therapists/{id}/calendar-token")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id) {
        signedIn(user);
        feeds.revoke(id, user);
    }

    @GetMapping("/api/v1/bookings/{id}/calendar.ics")
    ResponseEntity<String> booking(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id) {
        signedIn(user);
        return ResponseEntity.ok().contentType(CALENDAR)
                .header("Content-Disposition", "attachment; filename=\"session.ics\"").body(bookingCalendar(id, user));
    }

    /** One session for the client's own calendar. */
    private String bookingCalendar(UUID id, ReliefDeskUser user) {
        return sessions.of(changes.visible(id, user));
    }

    static String firstName(String fullName) {
        String name = fullName == null ? "" : fullName.strip();
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    private static void signedIn(ReliefDeskUser user) {
        if (user == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign in first");
        }
    }
}
