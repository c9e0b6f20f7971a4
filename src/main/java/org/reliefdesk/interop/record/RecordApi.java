package org.reliefdesk.interop.record;

import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.interop.record.AccessLog.Access;
import org.reliefdesk.interop.record.AccountClosure.Closed;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.Paged;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The client's own record: who on the staff has seen it, and closing the account. */
@RestController
@Tag(name = "The client's own record")
class RecordApi {

    private final AccessLog accessLog;
    private final AccountClosure closure;
    private final ClientAccess access;

    RecordApi(AccessLog accessLog, AccountClosure closure, ClientAccess access) {
        this.accessLog = accessLog;
        this.closure = closure;
        this.access = access;
    }

    /** Every staff read and change of the caller's record, newest first (a client only; staff 403). */
    @GetMapping("/api/v1/me/access-log")
    Paged<Access> accessLog(@AuthenticationPrincipal ReliefDeskUser user,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        if (!user.isClient()) {
            throw new ForbiddenException("The access log is the client's own: staff read the audit log");
        }
        return accessLog.of(access.self(user).id(), PageParams.of(page, size), LocaleContextHolder.getLocale());
    }

    /** Closes the account (the client themself or an administrator): 200 with the closure; twice 409. */
    @PostMapping("/api/v1/clients/{id}/close")
    Closed close(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestBody(required = false) CloseRequest body) {
        return closure.close(id, user, body == null ? null : body.reason());
    }

    record CloseRequest(String reason) {
    }
}
