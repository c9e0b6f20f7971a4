package org.reliefdesk.scheduling.agenda;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.planning.PlanInForce;
import org.reliefdesk.planning.PlansInForce;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.Bookings;
import org.reliefdesk.shared.ForbiddenException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.reliefdesk.scheduling.booking.ScreeningGate;
import org.reliefdesk.scheduling.practice.Display;
import org.reliefdesk.scheduling.practice.Location;
import org.reliefdesk.scheduling.practice.Locations;
import org.reliefdesk.scheduling.practice.Therapist;
import org.reliefdesk.scheduling.practice.Therapists;
import org.reliefdesk.services.Service;
import org.reliefdesk.services.Services;

/** The therapist's day: each session with the client's current screening status and plan in force. */
@Controller
class TherapistDayPages {

    private final Bookings bookings;
    private final Therapists therapists;
    private final Locations locations;
    private final ScreeningGate gate;
    private final ObjectProvider<PlansInForce> plans;
    private final ClientAccess access;
    private final Services services;
    private final Clock clock;
    private final MessageSource messages;

    TherapistDayPages(Bookings bookings, Therapists therapists, Locations locations, ScreeningGate gate,
            ObjectProvider<PlansInForce> plans, ClientAccess access, Services services, Clock clock,
            MessageSource messages) {
        this.messages = messages;
        this.services = services;
        this.bookings = bookings;
        this.therapists = therapists;
        this.locations = locations;
        this.gate = gate;
        this.plans = plans;
        this.access = access;
        this.clock = clock;
    }

    /**
     * One session of the day with its service's name as the practice typed it; {@code plan} null when none is in
     * force; what may be done with it now.
     */
    record Session(Booking booking, String serviceName, String screeningStatus, PlanInForce plan, Actions actions) {
    }

    @GetMapping("/therapist/today")
    String today(@AuthenticationPrincipal ReliefDeskUser user, @RequestParam(required = false) String day, Model model) {
        if (!user.isClinician()) {
            throw new ForbiddenException("This page is for therapists");
        }
        ZoneId zone = therapists.find(user.id()).map(Therapist::locationId).flatMap(locations::find)
                .or(locations::first).map(Location::zone).orElse(clock.getZone());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate date = Display.parseDay(day, today);
        List<Session> sessions = bookings.all(new Bookings.Filter(date.atStartOfDay(zone).toInstant(),
                date.plusDays(1).atStartOfDay(zone).toInstant(), null, user.id(), null, null)).stream()
                .map(b -> session(b, user)).toList();
        model.addAttribute("arrivals", Arrivals.of(sessions.stream().map(this::block).toList(),
                clock.instant())).addAttribute("back", "/therapist/today?day=" + date);
        model.addAttribute("sessions", sessions).addAttribute("day", date)
                .addAttribute("previous", date.minusDays(1).toString())
                .addAttribute("next", date.plusDays(1).toString()).addAttribute("today", today.toString()).addAttribute("profile", therapists.find(user.id()).orElse(null));
        return "scheduling/therapist-day";
    }

    private Session session(Booking booking, ReliefDeskUser user) {
        PlansInForce lookup = plans.getIfAvailable();
        PlanInForce plan = null;
        if (lookup != null && booking.isBooked()) {
            access.clinicalCheck(booking.clientId(), user);
            plan = lookup.of(booking.clientId()).orElse(null);
            access.recordRead(user, booking.clientId(), "READ_PLAN_FOR_SESSION", "PLAN",
                    plan == null ? null : plan.planId());
        }
        String service = services.find(booking.serviceCode()).map(Service::name).orElse(booking.serviceCode());
        return new Session(booking, service, gate.statusOf(booking.clientId()), plan,
                Actions.of(booking, clock.instant()));
    }

    /** A session as the arrivals list shows it, its times on the reader's clock as the sessions below have them. */
    private Sheet.Block block(Session s) {
        Booking b = s.booking();
        String time = Display.in(messages, "format.time", b.localStart()) + "–"
                + Display.in(messages, "format.time", b.localEnd());
        return new Sheet.Block(b, s.serviceName(), time, 0, 0, b.status().name(), List.of(), false, s.actions(), "",
                "/schedule/bookings/" + b.id());
    }
}
