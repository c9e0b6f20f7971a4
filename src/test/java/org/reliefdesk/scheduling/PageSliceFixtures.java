package org.reliefdesk.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.reliefdesk.clients.Client;
import org.reliefdesk.scheduling.practice.Location;
import org.reliefdesk.services.Service;
import org.reliefdesk.support.PageSlice;
import org.reliefdesk.support.SignedIn;

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

    private PageSliceFixtures() {
    }

    /** Morgan's 60-minute session with Tara in Room 1 at {@code start} (UTC), in {@code status}. */
    public static Booking booking(String id, String start, BookingStatus status) {
        Instant from = Instant.parse(start);
        return new Booking(UUID.fromString(id), MORGAN_ID, "Morgan Lee", LOCATION_ID, "Europe/London",
                MASSAGE.code(), THERAPIST_ID, "Tara Therapist", ROOM_ID, "Room 1", from, from.plusSeconds(3600),
                status, "CLEARED", false, false, null, null, null, 1);
    }

    /** The same booking, cancelled late. */
    public static Booking lateCancelled(Booking b) {
        return new Booking(b.id(), b.clientId(), b.clientName(), b.locationId(), b.timeZone(), b.serviceCode(),
                b.therapistId(), b.therapistName(), b.roomId(), b.roomName(), b.start(), b.end(),
                BookingStatus.CANCELLED, b.screeningStatus(), b.needsReview(), true, b.planId(), b.planVersion(),
                b.courseId(), b.version() + 1);
    }
}
