package org.reliefdesk.scheduling.agenda;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.BookingStatus;

/**
 * What may be done with a booking now, to choose the buttons shown (the aggregate still decides): check in on the
 * day, complete or record a no-show once started, cancel while held, booked or checked in, move while booked.
 */
record Actions(boolean checkIn, boolean complete, boolean noShow, boolean cancel, boolean move) {

    static Actions of(Booking b, Instant now) {
        BookingStatus s = b.status();
        boolean started = !now.isBefore(b.start());
        boolean today = b.localStart().toLocalDate().equals(LocalDate.ofInstant(now, ZoneId.of(b.timeZone())));
        boolean open = s == BookingStatus.BOOKED || s == BookingStatus.CHECKED_IN;
        return new Actions(s == BookingStatus.BOOKED && today, open && started, open && started,
                open || s == BookingStatus.HELD, s == BookingStatus.BOOKED);
    }

    public boolean any() {
        return checkIn || complete || noShow || cancel || move;
    }
}
