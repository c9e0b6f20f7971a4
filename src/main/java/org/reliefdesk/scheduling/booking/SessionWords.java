package org.reliefdesk.scheduling.booking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.shared.RuleViolationException;

/** How the session pages word a refusal, and the days to pick from. */
public final class SessionWords {

    /** Days offered to pick a time from, today first. */
    static final int DAYS_SHOWN = 14;

    private SessionWords() {
    }

    /** The first field error's message, else the exception's. */
    public static String message(RuntimeException e) {
        return e instanceof RuleViolationException r && !r.errors().isEmpty() ? r.errors().get(0).message()
                : e.getMessage();
    }

    /** A day to pick from: the date and how many days after today it is (0 today, 1 tomorrow). */
    public record Day(LocalDate date, int offset) {
    }

    /** The days from today to pick from (pages word them "Today", "Tomorrow", then by date). */
    static List<Day> days(LocalDate today) {
        List<Day> days = new ArrayList<>();
        for (int i = 0; i < DAYS_SHOWN; i++) {
            days.add(new Day(today.plusDays(i), i));
        }
        return days;
    }

    /**
     * The message key for a refusal a booking page can meet, addressed to the reader (a client) or naming the client
     * (staff); null when the refusal has no page wording (its own message is shown).
     */
    static String refusalKey(RuntimeException e, boolean forStaff) {
        String text = message(e);
        if (text == null) {
            return null;
        }
        if (text.contains("already has a booking at that time")) {
            return forStaff ? "booking.refused.clientBusy.staff" : "booking.refused.clientBusy";
        }
        if (text.startsWith("That time has already passed")) {
            return "booking.refused.passed";
        }
        if (text.startsWith("This session starts within")) {
            return "booking.refused.lateWindow";
        }
        return text.startsWith("Sessions start on the quarter hour") ? "booking.refused.grid" : null;
    }

    /** Back to the client's sessions (staff open them by client). */
    static String back(ReliefDeskUser user, Booking booking) {
        return user.isStaff() ? "redirect:/sessions?clientId=" + booking.clientId() : "redirect:/sessions";
    }
}
