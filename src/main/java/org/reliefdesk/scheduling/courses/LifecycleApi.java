package org.reliefdesk.scheduling.courses;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.scheduling.courses.Courses.Course;
import org.reliefdesk.scheduling.courses.Courses.CourseRequest;
import org.reliefdesk.scheduling.booking.Rescheduling.RescheduleRequest;
import org.reliefdesk.scheduling.waitlist.Waitlist.Entry;
import org.reliefdesk.scheduling.waitlist.Waitlist.JoinRequest;
import org.reliefdesk.scheduling.waitlist.WaitlistOffers.Offer;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.Paged;
import org.reliefdesk.shared.TypedFields;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.reliefdesk.scheduling.booking.BookingView;
import org.reliefdesk.scheduling.booking.Rescheduling;
import org.reliefdesk.scheduling.practice.Ids;
import org.reliefdesk.scheduling.waitlist.Waitlist;
import org.reliefdesk.scheduling.waitlist.WaitlistOffers;

/** Courses, rescheduling, the waitlist and its offers. */
@RestController
@Tag(name = "Scheduling")
class LifecycleApi {

    private final Courses courses;
    private final Rescheduling rescheduling;
    private final Waitlist waitlist;
    private final WaitlistOffers offers;

    LifecycleApi(Courses courses, Rescheduling rescheduling, Waitlist waitlist, WaitlistOffers offers) {
        this.courses = courses;
        this.rescheduling = rescheduling;
        this.waitlist = waitlist;
        this.offers = offers;
    }

    /** A course as the API shows it: its pattern and its bookings (current state). */
    record CourseView(UUID id, UUID clientId, UUID locationId, String serviceCode, UUID therapistId, int sessions,
            Integer intervalDays, List<String> daysOfWeek, List<BookingView> bookings) {
        static CourseView of(Course c) {
            return new CourseView(c.id(), c.clientId(), c.locationId(), c.serviceCode(), c.therapistId(), c.sessions(),
                    c.intervalDays(), c.daysOfWeek(), c.bookings().stream().map(BookingView::of).toList());
        }
    }

    @PostMapping("/api/v1/courses")
    @ResponseStatus(HttpStatus.CREATED)
    CourseView bookCourse(@AuthenticationPrincipal ReliefDeskUser user, @RequestBody CourseRequest body) {
        return CourseView.of(courses.book(user, body));
    }

    @GetMapping("/api/v1/courses/{id}")
    CourseView course(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id) {
        return CourseView.of(courses.visible(id, user));
    }

    @PostMapping("/api/v1/bookings/{id}/reschedule")
    BookingView reschedule(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestBody RescheduleRequest body) {
        return BookingView.of(rescheduling.reschedule(id, user, body));
    }

    /** A waitlist entry with the offer currently open for it (if any). */
    record EntryView(UUID id, UUID clientId, String clientName, UUID locationId, String serviceCode, LocalDate date,
            UUID therapistId, String status, Integer position, UUID bookingId, OfferView openOffer) {
    }

    /** An offer: the held time in the location's zone and until when it is held. */
    record OfferView(UUID id, UUID entryId, UUID clientId, UUID locationId, String serviceCode, UUID therapistId,
            String therapistName, UUID roomId, String start, String end, String expiresAt, String status,
            UUID bookingId) {
        static OfferView of(Offer o) {
            var zone = java.time.ZoneId.of(o.timeZone());
            DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
            return new OfferView(o.id(), o.entryId(), o.clientId(), o.locationId(), o.serviceCode(), o.therapistId(),
                    o.therapistName(), o.roomId(), iso.format(o.start().atZone(zone)), iso.format(o.end().atZone(zone)),
                    iso.format(o.expiresAt().atZone(zone)), o.status(), o.bookingId());
        }
    }

    private EntryView view(Entry e) {
        OfferView open = offers.ofEntry(e.id()).stream().filter(o -> o.status().equals("OPEN")).findFirst()
                .map(OfferView::of).orElse(null);
        return new EntryView(e.id(), e.clientId(), e.clientName(), e.locationId(), e.serviceCode(), e.date(),
                e.therapistId(), e.status(), e.position(), e.bookingId(), open);
    }

    @PostMapping("/api/v1/waitlist")
    @ResponseStatus(HttpStatus.CREATED)
    EntryView join(@AuthenticationPrincipal ReliefDeskUser user, @RequestBody JoinRequest body) {
        return view(waitlist.join(user, body));
    }

    @GetMapping("/api/v1/waitlist")
    Paged<EntryView> list(@AuthenticationPrincipal ReliefDeskUser user, @RequestParam(required = false) String clientId,
            @RequestParam(required = false) String locationId, @RequestParam(required = false) String date,
            @RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        FieldErrors errors = new FieldErrors();
        LocalDate day = date == null ? null : TypedFields.date(date).orElse(null);
        if (date != null && day == null) {
            errors.add("date", "must be a date, e.g. 2026-12-01");
        }
        errors.throwIfAny();
        UUID client = clientId == null ? null : Ids.parseOrNone(clientId);
        UUID location = locationId == null ? null : Ids.parseOrNone(locationId);
        return waitlist.list(user, client, location, day, status, PageParams.of(page, size)).map(this::view);
    }

    @GetMapping("/api/v1/waitlist/{id}")
    EntryView entry(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id) {
        return view(waitlist.visible(id, user));
    }

    @DeleteMapping("/api/v1/waitlist/{id}")
    EntryView leave(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id) {
        return view(waitlist.leave(id, user));
    }

    @GetMapping("/api/v1/waitlist/offers/{id}")
    OfferView offer(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id) {
        return OfferView.of(offers.visible(id, user));
    }

    @PostMapping("/api/v1/waitlist/offers/{id}/accept")
    @ResponseStatus(HttpStatus.CREATED)
    BookingView accept(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id) {
        return BookingView.of(offers.accept(id, user));
    }

    @PostMapping("/api/v1/waitlist/offers/{id}/decline")
    OfferView decline(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id) {
        return OfferView.of(offers.decline(id, user));
    }

}
