package org.reliefdesk.audit.internal;

import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.reliefdesk.audit.AuditLog;
import org.reliefdesk.audit.AuditLog.AuditEntry;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.Paged;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Admins read the audit log, optionally for one client or one action. */
@RestController
@Tag(name = "Audit")
class AuditApi {

    private final AuditLog audit;

    AuditApi(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/v1/audit")
    Paged<AuditEntry> list(Authentication authentication, @RequestParam(required = false) UUID clientId,
            @RequestParam(required = false) String action, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        boolean admin = authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
        if (!admin) {
            throw new ForbiddenException("Only an administrator reads the audit log");
        }
        return audit.list(clientId, action, PageParams.of(page, size));
    }
}
