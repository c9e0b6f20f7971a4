package org.reliefdesk.scheduling.practice;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * A place where sessions happen: its time zone, turnover buffer, late-cancellation window, rooms and
 * equipment; its street address (for emails) and how long a waitlist offer holds a freed slot
 * ({@code null} in a request: keep what is on file, or the default).
 */
public record Location(UUID id, String name, String timeZone, int bufferMinutes, int lateCancelHours, List<Room> rooms,
        List<Equipment> equipment, String address, Integer offerHoldMinutes) {

    static final int DEFAULT_OFFER_HOLD_MINUTES = 120;

    Location(UUID id, String name, String timeZone, int bufferMinutes, int lateCancelHours, List<Room> rooms,
            List<Equipment> equipment) {
        this(id, name, timeZone, bufferMinutes, lateCancelHours, rooms, equipment, null, null);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public record Room(UUID id, String name) {
    }

    /** How many units of a kind (e.g. HOT_STONE_KIT) the location has. */
    record Equipment(String kind, Integer count) {
    }
}
