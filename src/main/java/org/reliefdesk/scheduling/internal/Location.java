package org.reliefdesk.scheduling.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** A place where sessions happen: its time zone, turnover buffer, late-cancellation window, rooms and equipment. */
record Location(UUID id, String name, String timeZone, int bufferMinutes, int lateCancelHours, List<Room> rooms,
        List<Equipment> equipment) {

    ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    record Room(UUID id, String name) {
    }

    /** How many units of a kind (e.g. HOT_STONE_KIT) the location has. */
    record Equipment(String kind, Integer count) {
    }
}
