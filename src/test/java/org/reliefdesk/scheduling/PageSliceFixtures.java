package org.reliefdesk.scheduling;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.scheduling.practice.Location;
import org.reliefdesk.services.Service;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.support.PageSlice;
import org.reliefdesk.support.SignedIn;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * The practice the scheduling page slices show: one location in London (UTC in March, so local times read as
 * {@link PageSlice#CLOCK}'s), two services (one retired), the signed-in client's record and bookings made to order.
 */
public final class PageSliceFixtures {

    public static final UUID LOCATION_ID = UUID.fromString("a0000000-0000-0000-0000-000000000001");
    public static final Location HARBOUR = new Location(LOCATION_ID, "Harbour Street", "Europe/London", 15, 24,
            List.of(), List.of(), null, null);
    public static final Service MASSAGE = new Service("MEDICAL_MASSAGE_60", "Medical massage, 60 min", 60,
            List.of(), true);
    public static final Service RETIRED = new Service("HOT_STONE_90", "Hot stone, 90 min", 90, List.of(), false);

    public static final UUID MORGAN_ID = UUID.fromString("55555555-5555-5555-5555-555555555555");
    /** The signed-in client's ({@link SignedIn#CLIENT}) record. */
    public static final Client MORGAN = new Client(MORGAN_ID, SignedIn.CLIENT.id(), "Morgan Lee", "morgan@slice.test",
            LocalDate.of(1988, 4, 2), "555-0199");

    public static final UUID THERAPIST_ID = SignedIn.THERAPIST.id();
    public static final UUID ROOM_ID = UUID.fromString("b0000000-0000-0000-0000-000000000001");

    /** The error page of a refusal (403), as a therapist sees it on the client's booking pages. */
    public static final ResultMatcher REFUSED = errorPage(status().isForbidden(), "error/403");
    /** The error page of an unknown or hidden record (404). */
    public static final ResultMatcher NOT_FOUND = errorPage(status().isNotFound(), "error/404");

    private PageSliceFixtures() {
    }

    /**
     * {@code access} knows Morgan as the signed-in client's own record and as the record staff open by id; staff
     * naming no (or no readable) client id are answered 404, as the pages ask for the nil id then.
     */
    public static void knowsMorgan(ClientAccess access) {
        when(access.self(SignedIn.CLIENT)).thenReturn(MORGAN);
        when(access.profile(eq(MORGAN_ID), any())).thenReturn(MORGAN);
        when(access.profile(eq(new UUID(0, 0)), any())).thenThrow(new NotFoundException("Client"));
    }

    /** Morgan's 60-minute session with Tara in Room 1 at {@code start} (UTC), in {@code status}. */
    public static Booking booking(String id, String start, BookingStatus status) {
        Instant from = Instant.parse(start);
        return new Booking(UUID.fromString(id), MORGAN_ID, "Morgan Lee", LOCATION_ID, "Europe/London",
                MASSAGE.code(), THERAPIST_ID, "Tara Therapist", ROOM_ID, "Room 1", from, from.plusSeconds(3600),
                status, "CLEARED", false, false, null, null, null, 1, null, null, null, false);
    }

    private static ResultMatcher errorPage(ResultMatcher status, String view) {
        return result -> {
            status.match(result);
            view().name(view).match(result);
        };
    }

    /** The same booking, cancelled late. */
    public static Booking lateCancelled(Booking b) {
        return new Booking(b.id(), b.clientId(), b.clientName(), b.locationId(), b.timeZone(), b.serviceCode(),
                b.therapistId(), b.therapistName(), b.roomId(), b.roomName(), b.start(), b.end(),
                BookingStatus.CANCELLED, b.screeningStatus(), b.needsReview(), true, b.planId(), b.planVersion(),
                b.courseId(), b.version() + 1, "CLIENT_REQUEST", null, null, false);
    }
}
