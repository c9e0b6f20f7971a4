package org.reliefdesk.accounts.internal;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.reliefdesk.accounts.Accounts;
import org.reliefdesk.accounts.ProfileFields;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.Paged;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The caller's own credentials: API tokens, password, two-step verification. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Accounts")
class MyAccountApi {

    private final Accounts accounts;
    private final ApiTokens tokens;
    private final TwoFactor twoFactor;

    MyAccountApi(Accounts accounts, ApiTokens tokens, TwoFactor twoFactor) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.twoFactor = twoFactor;
    }

    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Mint a token with the password (HTTP Basic; a token cannot: 403). With two-step "
            + "verification on, the body carries a current code or an unused recovery code (missing or wrong: 401).")
    ApiTokens.IssuedToken issueToken(@AuthenticationPrincipal ReliefDeskUser user, Authentication authentication,
            @RequestBody(required = false) TokenRequest body) {
        if (authentication.getDetails() instanceof ApiTokens.BearerToken) {
            throw new ForbiddenException(AccountMessages.get("tokens.byPasswordOnly"));
        }
        TokenRequest request = body == null ? new TokenRequest(null, null) : body;
        FieldErrors errors = new FieldErrors();
        errors.maxLength("label", request.label(), 100);
        ProfileFields.noControlCharacters(errors, "label", request.label());
        errors.throwIfAny();
        if (user.twoFactorEnabled() && !twoFactor.verify(user.id(), request.code())) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, AccountMessages.get("twoStep.codeNeeded"));
        }
        return tokens.issue(user.id(), request.label());
    }

    @GetMapping("/tokens")
    @Operation(summary = "The caller's live tokens (never the secret)")
    Paged<ApiTokens.TokenView> tokens(@AuthenticationPrincipal ReliefDeskUser user,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return tokens.list(user.id(), PageParams.of(page, size));
    }

    @DeleteMapping("/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revokeToken(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id) {
        if (!tokens.revoke(user.id(), id)) {
            throw new NotFoundException("Token");
        }
    }

    @PostMapping("/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change the password: every session of the caller ends and every token is revoked")
    void changePassword(@AuthenticationPrincipal ReliefDeskUser user, @RequestBody PasswordChange body) {
        accounts.changePassword(user.id(), body.currentPassword(), body.newPassword(), null);
    }

    @PostMapping("/me/two-factor")
    @Operation(summary = "Start two-step verification: a TOTP secret and ten recovery codes, pending until confirmed")
    TwoFactor.Setup beginTwoFactor(@AuthenticationPrincipal ReliefDeskUser user) {
        return twoFactor.begin(user.id(), user.email());
    }

    @PostMapping("/me/two-factor/confirm")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Switch two-step verification on with a current code from the app")
    void confirmTwoFactor(@AuthenticationPrincipal ReliefDeskUser user, @RequestBody CodeRequest body) {
        twoFactor.confirm(user.id(), body.code());
    }

    @DeleteMapping("/me/two-factor")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Switch two-step verification off with a current code or an unused recovery code")
    void disableTwoFactor(@AuthenticationPrincipal ReliefDeskUser user, @RequestBody CodeRequest body) {
        twoFactor.disable(user.id(), body.code());
    }

    record TokenRequest(String label, String code) {
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    record CodeRequest(String code) {
    }
}
