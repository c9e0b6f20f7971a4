package org.reliefdesk.accounts.internal;

import java.util.Map;
import java.util.UUID;

import org.reliefdesk.accounts.Accounts;
import org.reliefdesk.accounts.Accounts.UserAccount;
import org.reliefdesk.accounts.Practice;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.accounts.Role;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.RuleViolationException;
import org.reliefdesk.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Practice setup for admins: the practice's details and staff accounts of every role (/admin is ADMIN-only). */
@Controller
class AdminPages {

    private final Accounts accounts;
    private final Practice practice;
    private final StaffChanges staffChanges;

    AdminPages(Accounts accounts, Practice practice, StaffChanges staffChanges) {
        this.accounts = accounts;
        this.practice = practice;
        this.staffChanges = staffChanges;
    }

    @GetMapping("/admin")
    String setup(Model model) {
        fill(model, practice.details());
        model.addAttribute("staffForm", new StaffForm(null, null, null, "THERAPIST"));
        return "accounts/admin";
    }

    @PostMapping("/admin/practice")
    String savePractice(@RequestParam String name, @RequestParam(required = false) String address,
            @RequestParam(required = false) String phone, @RequestParam(required = false) String email,
            @RequestParam(required = false) String website, @RequestParam(required = false) String currency,
            @RequestParam(required = false) String taxId, @RequestParam(required = false) String npi,
            @RequestParam(required = false) String country, Model model, RedirectAttributes redirect) {
        Practice.Details details = new Practice.Details(name, address, phone, email, website);
        Practice.BillingDetails billing = new Practice.BillingDetails(currency, taxId, npi);
        try {
            if (country == null) {
                practice.update(details, billing);
            } else {
                practice.update(details, billing, country);
            }
            redirect.addFlashAttribute("notice", AccountMessages.get("admin.practice.saved"));
            return "redirect:/admin";
        } catch (RuleViolationException e) {
            fill(model, details);
            model.addAttribute("billing", billing);
            model.addAttribute("country", country);
            model.addAttribute("errors", FormErrors.of(e));
            model.addAttribute("staffForm", new StaffForm(null, null, null, "THERAPIST"));
            return "accounts/admin";
        }
    }

    @PostMapping("/admin/staff")
    String addStaff(@RequestParam("staff.fullName") String fullName, @RequestParam("staff.email") String email,
            @RequestParam("staff.password") String password, @RequestParam("staff.role") String role, Model model,
            RedirectAttributes redirect) {
        FieldErrors errors = new FieldErrors();
        Accounts.check(errors, email, password, fullName, false);
        Role parsed = AccountsApi.parseStaffRole(role, errors);
        StaffForm form = new StaffForm(fullName, email, null, role);
        try {
            errors.throwIfAny();
            accounts.create(email, password, fullName, parsed);
            redirect.addFlashAttribute("notice", AccountMessages.get("admin.staff.added." + parsed.name(), fullName));
            return "redirect:/admin";
        } catch (RuleViolationException e) {
            model.addAttribute("errors", FormErrors.of(e, "staff."));
        } catch (ConflictException e) {
            model.addAttribute("errors", Map.of("staff.email", AccountMessages.get("admin.staff.emailTaken")));
        }
        fill(model, practice.details());
        model.addAttribute("staffForm", form);
        return "accounts/admin";
    }

    @PostMapping("/admin/staff/{id}")
    String changeStaff(@AuthenticationPrincipal ReliefDeskUser admin, @PathVariable UUID id,
            @RequestParam(required = false) String fullName, @RequestParam(required = false) String role,
            @RequestParam(required = false) Boolean active, Model model, RedirectAttributes redirect) {
        try {
            UserAccount before = accounts.find(id).orElseThrow(() -> new NotFoundException("Staff member"));
            UserAccount after = staffChanges.change(admin, id, new StaffChanges.StaffChange(fullName, role, active));
            String key = before.enabled() == after.enabled() ? "staff.updated"
                    : after.enabled() ? "staff.reactivated" : "staff.deactivated";
            redirect.addFlashAttribute("notice", AccountMessages.get(key, after.fullName()));
            return "redirect:/admin";
        } catch (RuleViolationException e) {
            model.addAttribute("errors", Map.of("change", String.join(" ", FormErrors.of(e).values())));
        }
        fill(model, practice.details());
        model.addAttribute("staffForm", new StaffForm(null, null, null, "THERAPIST"));
        return "accounts/admin";
    }

    private void fill(Model model, Practice.Details details) {
        model.addAttribute("practice", details);
        model.addAttribute("billing", practice.billingDetails());
        if (!model.containsAttribute("country")) {
            model.addAttribute("country", practice.country());
        }
        model.addAttribute("staff", accounts.staff(PageParams.of(0, 200)).items());
    }

    record StaffForm(String fullName, String email, String password, String role) {
    }
}
