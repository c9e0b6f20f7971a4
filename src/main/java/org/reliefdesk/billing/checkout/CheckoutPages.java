package org.reliefdesk.billing.checkout;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.reliefdesk.accounts.Practice;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.billing.Invoice;
import org.reliefdesk.billing.Invoices;
import org.reliefdesk.billing.Money;
import org.reliefdesk.billing.NewInvoice;
import org.reliefdesk.billing.PaymentMethod;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.RuleViolationException;
import org.reliefdesk.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The front desk's checkout page ({@code /sessions/{id}/checkout}), a phone's width as well as a desk's: the visit,
 * the service line, extras and payments as rows (no script needed: "Update totals" adds a row and shows the sums),
 * one submit; errors beside their fields with the form kept; then the confirmation with the invoice's number, status
 * and the receipt's link ({@code /invoices/{id}.pdf}, served by the invoices part).
 */
@Controller
class CheckoutPages {

    private final Checkouts checkouts;
    private final ClientPackages packages;
    private final Invoices invoices;
    private final Practice practice;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final Clock clock;

    CheckoutPages(Checkouts checkouts, ClientPackages packages, Invoices invoices, Practice practice,
            MessageSource messages, JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.checkouts = checkouts;
        this.packages = packages;
        this.invoices = invoices;
        this.practice = practice;
        this.messages = messages;
        this.jdbc = jdbc;
    }

    @GetMapping("/sessions/{id}/checkout")
    String page(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id, Model model) {
        Checkouts.Visit visit = checkouts.visit(id, user);
        if (invoiceOf(id) != null) {
            return "redirect:/sessions/" + id + "/checkout/done";
        }
        return form(model, visit, CheckoutForm.blank(), Map.of());
    }

    @PostMapping("/sessions/{id}/checkout")
    String checkout(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestParam MultiValueMap<String, String> params, Model model) {
        Checkouts.Visit visit = checkouts.visit(id, user);
        CheckoutForm form = CheckoutForm.of(params);
        if (params.containsKey("update")) {
            return form(model, visit, form.withBlankRows(), Map.of());
        }
        try {
            checkouts.checkout(id, form.request(), user);
            return "redirect:/sessions/" + id + "/checkout/done";
        } catch (RuleViolationException e) {
            return form(model, visit, form.withBlankRows(), FormErrors.of(e));
        } catch (ConflictException e) {
            if (invoiceOf(id) != null) {
                return "redirect:/sessions/" + id + "/checkout/done";
            }
            model.addAttribute("warning", e.getMessage());
            return form(model, visit, form.withBlankRows(), Map.of());
        }
    }

    @GetMapping("/sessions/{id}/checkout/done")
    String done(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id, Model model) {
        Checkouts.Visit visit = checkouts.visit(id, user);
        UUID invoiceId = invoiceOf(id);
        if (invoiceId == null) {
            throw new NotFoundException("Invoice");
        }
        Invoice invoice = invoices.find(invoiceId).orElseThrow(() -> new NotFoundException("Invoice"));
        Locale locale = LocaleContextHolder.getLocale();
        String currency = invoice.currency();
        model.addAttribute("visit", visit).addAttribute("when", when(visit, locale)).addAttribute("invoice", invoice)
                .addAttribute("total", invoice.total().format(locale, currency))
                .addAttribute("paid", invoice.paid().format(locale, currency))
                .addAttribute("balance", invoice.balance().format(locale, currency))
                .addAttribute("payments", invoice.payments().stream().map(p -> new Shown(
                        text("checkout.method." + p.method()), p.amount().format(locale, currency),
                        p.reference() == null ? "" : p.reference())).toList());
        return "billing/checkout/done";
    }

    /** A payment as the confirmation lists it: the method's label, the amount for people, the reference. */
    record Shown(String method, String amount, String reference) {
    }

    private UUID invoiceOf(UUID bookingId) {
        return jdbc.sql("select id from invoice where booking_id = :id and reason is null").param("id", bookingId)
                .query(UUID.class).optional().orElse(null);
    }

    private String form(Model model, Checkouts.Visit visit, CheckoutForm form, Map<String, String> errors) {
        Locale locale = LocaleContextHolder.getLocale();
        String currency = practice.currency();
        RuleViolationException refusal = checkouts.refusal(visit.booking());
        LocalDate day = visit.booking().localStart().toLocalDate();
        List<ClientPackage> usable = packages.usable(visit.booking().clientId(), visit.booking().serviceCode(),
                day.isAfter(LocalDate.now(clock)) ? day : LocalDate.now(clock));
        Map<String, String> packageOptions = new LinkedHashMap<>();
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        for (ClientPackage p : usable) {
            packageOptions.put(p.id().toString(), text("checkout.package.option", p.name(), p.remaining(),
                    p.sessions(), date.format(p.expiresOn())));
        }
        Map<String, String> methods = new LinkedHashMap<>();
        for (PaymentMethod m : PaymentMethod.values()) {
            if (m != PaymentMethod.PACKAGE || !usable.isEmpty()) {
                methods.put(m.name(), text("checkout.method." + m.name()));
            }
        }
        // the sums as they stand (what the API would take, defaults included), shown beside the form
        FieldErrors ignored = new FieldErrors();
        CheckoutRequest request = form.request();
        Money total = visit.price();
        for (CheckoutRequest.Extra extra : request.extras()) {
            Money amount = extra.amount() == null ? null : extra.amount().read("x", ignored);
            total = amount == null ? total : total.plus(amount);
        }
        Money paid = Money.sum(Payments.read(request.payments(), total, visit.price(), ignored,
                (pid, field) -> packages.find(pid).orElse(null)).stream().map(NewInvoice.NewPayment::amount).toList());
        model.addAttribute("visit", visit).addAttribute("when", when(visit, locale))
                .addAttribute("price", visit.price().format(locale, currency))
                .addAttribute("form", form).addAttribute("errors", errors).addAttribute("methods", methods)
                .addAttribute("packageOptions", packageOptions)
                .addAttribute("refusal", refusal == null ? null : refusal.errors().get(0).message())
                .addAttribute("total", total.format(locale, currency))
                .addAttribute("paid", paid.format(locale, currency))
                .addAttribute("balance", total.minusAtMostZero(paid).format(locale, currency));
        return "billing/checkout/checkout";
    }

    private static String when(Checkouts.Visit visit, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(visit.booking().localStart());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
