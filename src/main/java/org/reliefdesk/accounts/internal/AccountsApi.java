package org.reliefdesk.accounts.internal;

import java.util.Map;
import java.util.UUID;

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
import org.springframework.web.bind.annotation.DeleteMapping;
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
    private final ApiTokens tokens;
    private final Practice practice;

    AccountsApi(Accounts accounts, ApiTokens tokens, Practice practice) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.practice = practice;
    }

    @GetMapping("/me")
    Map<String, Object> me(@AuthenticationPrincipal ReliefDeskUser user) {
        return Map.of("id", user.id(), "email", user.email(), "fullName", user.fullName(), "role", user.role());
    }

    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    ApiTokens.IssuedToken issueToken(@AuthenticationPrincipal ReliefDeskUser user) {
        return tokens.issue(user.id());
    }

    @DeleteMapping("/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revokeToken(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id) {
        if (!tokens.revoke(user.id(), id)) {
            throw new NotFoundException("Token");
        }
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
    Paged<UserAccount> staff(@AuthenticationPrincipal ReliefDeskUser user, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        requireAdmin(user);
        return accounts.staff(PageParams.of(page, size));
    }

    @GetMapping("/staff/{id}")
    UserAccount staffMember(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id) {
        requireAdmin(user);
        return accounts.find(id).filter(account -> account.role() != Role.CLIENT)
                .orElseThrow(() -> new NotFoundException("Staff member"));
    }

    @GetMapping("/practice")
    Practice.Details practice() {
        return practice.details();
    }

    @PutMapping("/practice")
    Practice.Details updatePractice(@AuthenticationPrincipal ReliefDeskUser user, @RequestBody Practice.Details body) {
        requireAdmin(user);
        return practice.update(body);
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
}
