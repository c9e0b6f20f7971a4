package org.reliefdesk.scheduling.waitlist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.accounts.Role;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.waitlist.Waitlist.JoinRequest;
import org.reliefdesk.scheduling.waitlist.WaitlistOffers.Offer;
import org.reliefdesk.services.Service;
import org.reliefdesk.services.Services;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.RuleViolationException;
import org.reliefdesk.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.reliefdesk.shared.TypedFields;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.reliefdesk.scheduling.booking.SessionWords;
import org.reliefdesk.scheduling.notices.PolicyWords;
import org.springframework.context.i18n.LocaleContextHolder;
import org.reliefdesk.scheduling.notices.BookingMail;
import org.reliefdesk.scheduling.practice.Ids;
import org.reliefdesk.scheduling.practice.Display;
import org.reliefdesk.scheduling.practice.Locations;
import org.reliefdesk.scheduling.practice.Therapists;

/** The waitlist on pages: join for a day, leave, and the offer page an email links to (take it or let it go). */
@Controller
class WaitlistPages {

    private final Waitlist waitlist;
    private final WaitlistOffers offers;
    private final ClientAccess access;
    private final Locations locations;
    private final Services services;
    private final Therapists therapists;
    private final BookingMail mail;
    private final MessageSource messages;
    private final Clock clock;

    WaitlistPages(Waitlist waitlist, WaitlistOffers offers, ClientAccess access, Locations locations,
            Services services, Therapists therapists, BookingMail mail, MessageSource messages, Clock clock) {
        this.messages = messages;
        this.waitlist = waitlist;
        this.offers = offers;
        this.access = access;
        this.locations = locations;
        this.services = services;
        this.therapists = therapists;
        this.mail = mail;
        this.clock = clock;
    }

    @GetMapping("/waitlist")
    String list(@AuthenticationPrincipal ReliefDeskUser user, @RequestParam(required = false) String clientId,
            @RequestParam(required = false) String location, Model model) {
        Client client = client(user, clientId);
        model.addAttribute("chosenLocation", location);
        return show(model, user, client, Map.of(), null, null);
    }

    @PostMapping("/waitlist")
    String join(@AuthenticationPrincipal ReliefDeskUser user, @RequestParam(required = false) String clientId,
            @RequestParam(required = false) String location, @RequestParam(required = false) String service,
            @RequestParam(required = false) String date, @RequestParam(required = false) String therapist,
            Model model, RedirectAttributes redirect) {
        Client client = client(user, clientId);
        model.addAttribute("chosenLocation", location);
        try {
            waitlist.join(user, new JoinRequest(client.id().toString(), location, service, date,
                    therapist == null || therapist.isBlank() ? null : therapist));
            redirect.addFlashAttribute("notice", Display.text(messages, "waitlist.joined",
                    TypedFields.date(date).map(d -> Display.in(messages, "format.weekdayDateLong", d)).orElse(date)));
            return back(user, client.id());
        } catch (RuleViolationException e) {
            return show(model, user, client, FormErrors.of(e), date, SessionWords.message(e));
        } catch (ConflictException e) {
            return show(model, user, client, Map.of("date", e.getMessage()), date, null);
        }
    }

    @PostMapping("/waitlist/{id}/leave")
    String leave(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        var entry = waitlist.visible(id, user);
        try {
            waitlist.leave(id, user);
            redirect.addFlashAttribute("notice", Display.text(messages, "waitlist.left",
                    Display.in(messages, "format.weekdayDateLong", entry.date())));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("warning", e.getMessage());
        }
        return back(user, entry.clientId());
    }

    @GetMapping("/waitlist/offers/{id}")
    String offer(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id, Model model) {
        Offer offer = offers.visible(id, user);
        var session = mail.session(offer);
        var sender = mail.sender(offer.locationId());
        model.addAttribute("offer", offer).addAttribute("open", offer.status().equals("OPEN")
                && offer.expiresAt().isAfter(clock.instant()))
                .addAttribute("slot", session).addAttribute("sender", sender)
                .addAttribute("until", offer.expiresAt().atZone(session.start().getZone()))
                .addAttribute("policy", new PolicyWords(messages, LocaleContextHolder.getLocale())
                        .sentence(sender.lateCancelHours(), sender.phone()));
        return "scheduling/offer";
    }

    @PostMapping("/waitlist/offers/{id}/accept")
    String accept(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            Booking booking = offers.accept(id, user);
            redirect.addFlashAttribute("notice", Display.text(messages, "waitlist.booked",
                    Display.in(messages, "format.dateTime", booking.localStart()), booking.therapistName()));
            return back(user, booking.clientId()).replace("/waitlist", "/sessions");
        } catch (ConflictException | RuleViolationException e) {
            redirect.addFlashAttribute("warning", SessionWords.message(e));
            return "redirect:/waitlist/offers/" + id;
        }
    }

    @PostMapping("/waitlist/offers/{id}/decline")
    String decline(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            Offer offer = offers.decline(id, user);
            redirect.addFlashAttribute("notice", Display.text(messages, "waitlist.declined"));
            return back(user, offer.clientId());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("warning", e.getMessage());
            return "redirect:/waitlist/offers/" + id;
        }
    }

    private String show(Model model, ReliefDeskUser user, Client client, Map<String, String> errors, String date,
            String problem) {
        var entries = waitlist.list(user, client.id(), null, null, null, PageParams.of(0, 100)).items();
        model.addAttribute("client", client).addAttribute("forStaff", user.isStaff()).addAttribute("errors", errors)
                .addAttribute("problem", errors.containsKey("date") ? null : problem)
                .addAttribute("date", date == null ? LocalDate.now(clock).plusDays(1).toString() : date)
                .addAttribute("entries", entries)
                .addAttribute("openOffers", entries.stream().flatMap(e -> offers.ofEntry(e.id()).stream())
                        .filter(o -> o.status().equals("OPEN")).toList())
                .addAttribute("locations", locations.all())
                .addAttribute("services", services.all().stream().filter(Service::active).toList())
                .addAttribute("therapists", therapists.list(null, null, PageParams.of(0, 200)).items());
        return "scheduling/waitlist";
    }

    private Client client(ReliefDeskUser user, String clientId) {
        if (user.isClient()) {
            return access.self(user);
        }
        if (user.role() == Role.THERAPIST) {
            throw new ForbiddenException("Front desk manages the waitlist");
        }
        return access.profile(Ids.parseOrNone(clientId), user);
    }

    private static String back(ReliefDeskUser user, UUID clientId) {
        return user.isStaff() ? "redirect:/waitlist?clientId=" + clientId : "redirect:/waitlist";
    }
}
