package org.reliefdesk.billing.checkout;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.reliefdesk.accounts.Practice;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.billing.AmountField;
import org.reliefdesk.billing.PaymentMethod;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.services.Service;
import org.reliefdesk.services.Services;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.RuleViolationException;
import org.reliefdesk.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's packages (list and a form to define one, {@code /admin/packages}) and the front desk's sale of a package
 * to a client ({@code /clients/{id}/packages}: the client's packages with sessions left and expiry, and the sale).
 */
@Controller
class PackagePages {

    private final Packages packages;
    private final ClientAccess access;
    private final Services services;
    private final Practice practice;
    private final MessageSource messages;

    PackagePages(Packages packages, ClientAccess access, Services services, Practice practice, MessageSource messages) {
        this.packages = packages;
        this.access = access;
        this.services = services;
        this.practice = practice;
        this.messages = messages;
    }

    @GetMapping("/admin/packages")
    String list(@AuthenticationPrincipal ReliefDeskUser user, Model model) {
        return admin(model, user, Map.of(), Map.of());
    }

    @PostMapping("/admin/packages")
    String create(@AuthenticationPrincipal ReliefDeskUser user, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        try {
            PackageDefinition created = packages.create(new Packages.NewPackage(params.get("name"),
                    params.get("serviceCode"), number(params.get("sessions")), amount(params.get("price")),
                    number(params.get("validDays"))), user);
            redirect.addFlashAttribute("notice", text("packages.created", created.name()));
            return "redirect:/admin/packages";
        } catch (RuleViolationException e) {
            return admin(model, user, FormErrors.of(e), params);
        }
    }

    private String admin(Model model, ReliefDeskUser user, Map<String, String> errors, Map<String, String> values) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> serviceOptions = new LinkedHashMap<>();
        for (Service s : services.all()) {
            serviceOptions.put(s.code(), s.name());
        }
        List<Map<String, Object>> rows = packages.list(user, PageParams.of(0, 200)).items().stream()
                .map(p -> Map.<String, Object>of("name", p.name(), "service", serviceOptions.getOrDefault(
                        p.serviceCode(), p.serviceCode()), "sessions", p.sessions(),
                        "price", p.price().format(locale, practice.currency()), "validDays", p.validDays()))
                .toList();
        model.addAttribute("rows", rows).addAttribute("services", serviceOptions).addAttribute("errors", errors)
                .addAttribute("values", values);
        return "billing/checkout/packages";
    }

    @GetMapping("/clients/{id}/packages")
    String client(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id, Model model) {
        return clientPage(model, user, id, Map.of(), Map.of());
    }

    @PostMapping("/clients/{id}/packages")
    String sell(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        String method = params.getOrDefault("method", "");
        String amount = params.getOrDefault("amount", "");
        List<PaymentInput> payments = method.isBlank() ? List.of() : List.of(new PaymentInput(method,
                amount.isBlank() ? null : amount(amount), null, params.get("reference")));
        try {
            Packages.Sold sold = packages.sell(id, new Packages.Sale(params.get("packageId"), payments), user);
            redirect.addFlashAttribute("notice", text("packages.sold", sold.invoice().number(),
                    text("checkout.status." + sold.invoice().status())));
            return "redirect:/clients/" + id + "/packages";
        } catch (RuleViolationException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            FormErrors.of(e).forEach((field, message) -> errors.put(field.replace("payments[0].", ""), message));
            return clientPage(model, user, id, errors, params);
        }
    }

    private String clientPage(Model model, ReliefDeskUser user, UUID id, Map<String, String> errors,
            Map<String, String> values) {
        if (!user.isStaff()) {
            access.profile(id, user);
            throw new ForbiddenException("Staff sell packages");
        }
        Client client = access.profile(id, user);
        Locale locale = LocaleContextHolder.getLocale();
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        List<Map<String, Object>> owned = packages.ofClient(id, user, PageParams.of(0, 200)).items().stream()
                .map(p -> Map.<String, Object>of("name", p.name(), "left", text("packages.left", p.remaining(),
                        p.sessions()), "expires", date.format(p.expiresOn()), "expired", p.expired()))
                .toList();
        Map<String, String> onSale = new LinkedHashMap<>();
        packages.list(user, PageParams.of(0, 200)).items().stream().filter(PackageDefinition::active)
                .forEach(p -> onSale.put(p.id().toString(), text("packages.onSale", p.name(),
                        p.price().format(locale, practice.currency()))));
        Map<String, String> methods = new LinkedHashMap<>();
        for (PaymentMethod m : PaymentMethod.values()) {
            if (m != PaymentMethod.PACKAGE) {
                methods.put(m.name(), text("checkout.method." + m.name()));
            }
        }
        model.addAttribute("client", client).addAttribute("owned", owned).addAttribute("onSale", onSale)
                .addAttribute("methods", methods).addAttribute("errors", errors).addAttribute("values", values);
        return "billing/checkout/client-packages";
    }

    private static Integer number(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static AmountField amount(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        return AmountField.of(t.matches("[0-9]+,[0-9]{1,2}") ? t.replace(',', '.') : t);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
