package org.reliefdesk.scheduling.availability;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What the availability calculation works on: therapists and resources with their busy times. */
public final class Schedules {

    private Schedules() {
    }

    /** Weekly hours in the location's local time; {@code endMinute} 1440 is midnight at the day's end. */
    record WeeklyHours(DayOfWeek day, int startMinute, int endMinute) {
    }

    /**
     * A therapist at one location: licence valid through {@code licenceExpiresOn} (null: no licence),
     * skills, weekly hours, time off and busy (held) times.
     */
    public record TherapistSchedule(UUID id, String name, LocalDate licenceExpiresOn, Set<String> skills,
            List<WeeklyHours> hours, Intervals timeOff, Intervals busy) {
    }

    /** A room or an equipment unit and the times it is held. */
    public record Resource(UUID id, String name, Intervals busy) {
    }

    /** A bookable start: indexes into the therapist, room and kit lists ({@code kit} -1 when none is needed). */
    record Slot(long start, long end, int therapist, int room, int kit) {
    }
}
