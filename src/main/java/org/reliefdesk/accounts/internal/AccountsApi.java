package org.reliefdesk.accounts.internal;

import org.jspecify.annotations.NonNull;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.reliefdesk.accounts.Accounts;
import org.reliefdesk.accounts.Accounts.UserAccount;
import org.reliefdesk.accounts.Practice;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.accounts.Role;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.Paged;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** API tokens, staff accounts, the practice's details and "who am I". */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Accounts")
class AccountsApi {

    private final Accounts accounts;
    private final Practice practice;
    private final StaffChanges staffChanges;

    AccountsApi(Accounts accounts, Practice practice, StaffChanges staffChanges) {
        this.accounts = accounts;
        this.practice = practice;
        this.staffChanges = staffChanges;
    }

    @GetMapping("/me")
    Me me(@AuthenticationPrincipal ReliefDeskUser user) {
        return new Me(user.id(), user.email(), user.fullName(), user.role(), user.twoFactorEnabled());
    }

    /** Who is signed in. */
    record Me(@NonNull UUID id, @NonNull String email, @NonNull String fullName, @NonNull Role role,
            boolean twoFactorEnabled) {
    }

    @PostMapping("/staff")
    @ResponseStatus(HttpStatus.CREATED)
    UserAccount createStaff(@AuthenticationPrincipal ReliefDeskUser user, @RequestBody NewStaff body) {
        requireAdmin(user);
        FieldErrors errors = new FieldErrors();
        Accounts.check(errors, body.email(), body.password(), body.fullName(), false);
        Role role = parseStaffRole(body.role(), errors);
        errors.throwIfAny();
        return accounts.create(body.email(), body.password(), body.fullName(), role);
    }

    @GetMapping("/staff")
    @Operation(summary = "Staff of every role, active or not (ADMIN)")
    Paged<StaffMember> staff(@AuthenticationPrincipal ReliefDeskUser user, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        requireAdmin(user);
        return accounts.staff(PageParams.of(page, size)).map(StaffMember::of);
    }

    @GetMapping("/staff/{id}")
    StaffMember staffMember(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id) {
        requireAdmin(user);
        return StaffMember.of(accounts.find(id).filter(account -> account.role() != Role.CLIENT)
                .orElseThrow(() -> new NotFoundException("Staff member")));
    }

    @PutMapping("/staff/{id}")
    @Operation(summary = "Rename, change the role of, deactivate or reactivate a staff member (ADMIN); "
            + "deactivating ends their sessions and tokens, their records stay")
    StaffMember updateStaff(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestBody StaffChanges.StaffChange body) {
        requireAdmin(user);
        return StaffMember.of(staffChanges.change(user, id, body));
    }

    @GetMapping("/practice")
    PracticeView practice() {
        return PracticeView.of(practice.details(), practice.billingDetails(), practice.requiresTwoStepForStaff(),
                practice.country());
    }

    @PutMapping("/practice")
    @Operation(summary = "The practice's details (ADMIN); requireTwoStepForStaff, currency, taxId and npi left out "
            + "stay as they were")
    PracticeView updatePractice(@AuthenticationPrincipal ReliefDeskUser user, @RequestBody PracticeView body) {
        requireAdmin(user);
        Practice.Details details = practice.update(new Practice.Details(body.name(), body.address(), body.phone(),
                body.email(), body.website()), new Practice.BillingDetails(body.currency(), body.taxId(), body.npi()),
                body.country());
        if (body.requireTwoStepForStaff() != null) {
            practice.requireTwoStepForStaff(body.requireTwoStepForStaff());
        }
        return PracticeView.of(details, practice.billingDetails(), practice.requiresTwoStepForStaff(),
                practice.country());
    }

    static Role parseStaffRole(String role, FieldErrors errors) {
        if (role == null || role.isBlank()) {
            errors.add("role", "is required");
            return null;
        }
        return switch (role) {
            case "THERAPIST" -> Role.THERAPIST;
            case "FRONT_DESK" -> Role.FRONT_DESK;
            case "ADMIN" -> Role.ADMIN;
            default -> {
                errors.add("role", "must be THERAPIST, FRONT_DESK or ADMIN");
                yield null;
            }
        };
    }

    private static void requireAdmin(ReliefDeskUser user) {
        if (!user.isAdmin()) {
            throw new ForbiddenException("Only an administrator may do this");
        }
    }

    record NewStaff(String email, String password, String fullName, String role) {
    }

    /** {@code enabled} is the same fact as {@code active}, kept for callers of the earlier answer. */
    record StaffMember(UUID id, String email, String fullName, Role role, boolean active, boolean enabled) {
        static StaffMember of(UserAccount account) {
            return new StaffMember(account.id(), account.email(), account.fullName(), account.role(), account.enabled(),
                    account.enabled());
        }
    }

    /**
     * {@code GET /practice}: the details, whether staff must use two-step verification, and the currency (ISO 4217),
     * tax id and NPI that invoices and superbills carry, and the country (ISO 3166-1 alpha-2: paper and formats of
     * the PDFs).
     */
    record PracticeView(String name, String address, String phone, String email, String website,
            Boolean requireTwoStepForStaff, String currency, String taxId, String npi, String country) {
        static PracticeView of(Practice.Details details, Practice.BillingDetails billing, boolean requireTwoStep,
                String country) {
            return new PracticeView(details.name(), details.address(), details.phone(), details.email(),
                    details.website(), requireTwoStep, billing.currency(), billing.taxId(), billing.npi(), country);
        }
    }
}
