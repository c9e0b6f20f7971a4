package org.reliefdesk.scheduling.notices;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.shared.ReliefDeskSettings;
import org.springframework.http.HttpStatus;
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

/**
 * Calendar feeds. A therapist's feed is open to the therapist or an administrator signed in, or to
 * anyone holding the therapist's current secret link ({@code ?token=}); the security configuration
 * lets the path through unauthenticated, so this controller decides. A client downloads one session of
 * their own.
 */
@RestController
@Tag(name = "Scheduling")
class CalendarApi {

    private final CalendarFeeds feeds;
    private final SessionCalendars calendars;
    private final String baseUrl;

    CalendarApi(CalendarFeeds feeds, SessionCalendars calendars,
            ReliefDeskSettings settings) {
        this.feeds = feeds;
        this.calendars = calendars;
        this.baseUrl = settings.baseUrl();
    }

    @GetMapping("/api/v1/therapists/{id}/calendar.ics")
    @ApiResponse(responseCode = "200", description = "The therapist's sessions as an iCalendar feed (RFC 5545)",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
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
        return ResponseEntity.ok().contentType(SessionCalendars.CALENDAR).header("Cache-Control", "private, max-age=300")
                .body(calendars.therapistCalendar(id));
    }

    /** {@code token} is shown once; put {@code url} into a calendar app. */
    record FeedLink(String token, String url) {
    }

    @PostMapping("/api/v1/therapists/{id}/calendar-token")
    @ResponseStatus(HttpStatus.CREATED)
    FeedLink issue(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id) {
        signedIn(user);
        String token = feeds.issue(id, user);
        return new FeedLink(token, CalendarFeeds.url(baseUrl, id, token));
    }

    @DeleteMapping("/api/v1/therapists/{id}/calendar-token")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id) {
        signedIn(user);
        feeds.revoke(id, user);
    }

    @GetMapping("/api/v1/bookings/{id}/calendar.ics")
    @ApiResponse(responseCode = "200", description = "The session as an iCalendar event (RFC 5545)",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
    ResponseEntity<String> booking(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id) {
        signedIn(user);
        return ResponseEntity.ok().contentType(SessionCalendars.CALENDAR)
                .header("Content-Disposition", "attachment; filename=\"session.ics\"").body(calendars.bookingCalendar(id, user));
    }

    private static void signedIn(ReliefDeskUser user) {
        if (user == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign in first");
        }
    }
}
