package org.reliefdesk.scheduling.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.practice.Display;
import org.reliefdesk.shared.RuleViolationException;

/** How the session pages word a booking's time, a refusal, and the days to pick from. */
public final class SessionWords {

    /** Days offered to pick a time from, today first. */
    static final int DAYS_SHOWN = 14;

    private SessionWords() {
    }

    /** "Tue 3 Mar, 10:00" in the booking's zone. */
    public static String when(Booking b) {
        return when(b.start(), b);
    }

    /** Another instant of the booking (such as a time it was moved from), in its zone. */
    static String when(Instant start, Booking b) {
        var local = start.atZone(ZoneId.of(b.timeZone()));
        return Display.DAY.format(local) + ", " + Display.TIME.format(local);
    }

    /** The first field error's message, else the exception's. */
    public static String message(RuntimeException e) {
        return e instanceof RuleViolationException r && !r.errors().isEmpty() ? r.errors().get(0).message()
                : e.getMessage();
    }

    /** The days from today to pick from ("Today", "Tomorrow", then "Wed 4 Mar"). */
    static List<Map<String, String>> days(LocalDate today) {
        List<Map<String, String>> days = new ArrayList<>();
        for (int i = 0; i < DAYS_SHOWN; i++) {
            LocalDate d = today.plusDays(i);
            days.add(Map.of("date", d.toString(), "label", i == 0 ? "Today" : i == 1 ? "Tomorrow" : Display.day(d)));
        }
        return days;
    }

    /** Back to the client's sessions (staff open them by client). */
    static String back(ReliefDeskUser user, Booking booking) {
        return user.isStaff() ? "redirect:/sessions?clientId=" + booking.clientId() : "redirect:/sessions";
    }
}
