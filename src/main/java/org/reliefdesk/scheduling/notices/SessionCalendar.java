package org.reliefdesk.scheduling.notices;

import java.util.List;

import org.reliefdesk.scheduling.Booking;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** One session for the client's own calendar: service, therapist, place and the cancellation policy. */
@Component
public class SessionCalendar {

    public static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final ServiceLabels labels;
    private final BookingMail mail;

    SessionCalendar(ServiceLabels labels, BookingMail mail) {
        this.labels = labels;
        this.mail = mail;
    }

    /** The session as an iCalendar file (access checks are the caller's). */
    public String of(Booking b) {
        var sender = mail.sender(b.locationId());
        return Ics.calendar(List.of(new Ics.Event(b, labels.of(b.serviceCode()) + " with " + b.therapistName(),
                sender.placeLine(), Policy.sentence(sender.lateCancelHours(), sender.phone()))));
    }
}
