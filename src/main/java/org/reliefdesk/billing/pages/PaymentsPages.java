package org.reliefdesk.billing.pages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.shared.ForbiddenException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The "Payments" page: a client's invoices (with their receipts), packages, what they owe, their credit and the way
 * to superbills. The client reads their own at {@code /payments}; staff read a client's at
 * {@code /clients/{id}/payments}. Amounts and receipts carry no clinical words.
 */
@Controller
class PaymentsPages {

    static final String VIEW = "billing/pages/payments";
    private final ClientAccess access;
    private final PaymentsReader reader;
    private final Clock clock;

    PaymentsPages(ClientAccess access, PaymentsReader reader, Clock clock) {
        this.access = access;
        this.reader = reader;
        this.clock = clock;
    }

    @GetMapping("/payments")
    String mine(@AuthenticationPrincipal ReliefDeskUser user, Model model) {
        if (!user.isClient()) {
            throw new ForbiddenException("The Payments page is a client's own; staff open it from the client's page");
        }
        return show(access.self(user), false, model);
    }

    @GetMapping("/clients/{id}/payments")
    String clients(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id, Model model) {
        Client client = access.profile(id, user);
        return show(client, user.isStaff(), model);
    }

    private String show(Client client, boolean forStaff, Model model) {
        model.addAttribute("payments", reader.of(client)).addAttribute("forStaff", forStaff)
                .addAttribute("today", LocalDate.now(clock));
        return VIEW;
    }
}
