package org.reliefdesk.scheduling.booked;

import java.util.UUID;

import org.reliefdesk.accounts.Practice;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.Visits;
import org.reliefdesk.scheduling.notices.PolicyWords;
import org.reliefdesk.scheduling.practice.Location;
import org.reliefdesk.scheduling.practice.Locations;
import org.reliefdesk.services.Service;
import org.reliefdesk.services.Services;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The page a client lands on after booking: what is booked (service, therapist, date and time in the reader's
 * language, place), what to bring, the cancellation policy and its fees, and the session as a calendar file.
 */
@Controller
class BookedPages {

    private final Visits visits;
    private final Locations locations;
    private final Services services;
    private final ObjectProvider<Practice> practice;
    private final MessageSource messages;

    BookedPages(Visits visits, Locations locations, Services services, ObjectProvider<Practice> practice,
            MessageSource messages) {
        this.visits = visits;
        this.locations = locations;
        this.services = services;
        this.practice = practice;
        this.messages = messages;
    }

    /** The place as the booking emails name it: the location, then its address (else the practice's). */
    record Place(String name, String address) {
    }

    @GetMapping("/sessions/{id}/booked")
    String booked(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id, Model model) {
        Booking booking = visits.visible(id, user);
        Location location = locations.get(booking.locationId());
        Practice details = practice.getIfAvailable();
        Practice.Details about = details == null ? null : details.details();
        PolicyWords words = new PolicyWords(messages, LocaleContextHolder.getLocale());
        String address = location.address() == null || location.address().isBlank()
                ? about == null ? null : about.address() : location.address();
        model.addAttribute("booking", booking)
                .addAttribute("serviceName", services.find(booking.serviceCode()).map(Service::name)
                        .orElse(booking.serviceCode()))
                .addAttribute("place", new Place(location.name(), address == null ? null : address.strip()))
                .addAttribute("policy", words.sentence(location.lateCancelHours(), about == null ? null : about.phone()))
                .addAttribute("fees", words.fees(location, details == null ? null : details.currency()));
        return "scheduling/booked";
    }
}
