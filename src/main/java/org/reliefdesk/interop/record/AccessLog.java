package org.reliefdesk.interop.record;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.reliefdesk.accounts.Accounts;
import org.reliefdesk.accounts.Accounts.UserAccount;
import org.reliefdesk.accounts.Role;
import org.reliefdesk.audit.AuditLog;
import org.reliefdesk.audit.AuditLog.AuditEntry;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.Paged;
import org.springframework.stereotype.Component;

/**
 * Who has seen my record: every read and change of a client's record by staff, from the audit log, newest first. The
 * client's own actions and the system's are left out; a staff member is named by their full name today.
 */
@Component
class AccessLog {

    static final List<String> STAFF_ROLES = Arrays.stream(Role.values()).filter(Role::isStaff).map(Enum::name).toList();

    private final AuditLog audit;
    private final Accounts accounts;
    private final RecordLabels labels;

    AccessLog(AuditLog audit, Accounts accounts, RecordLabels labels) {
        this.audit = audit;
        this.accounts = accounts;
        this.labels = labels;
    }

    Paged<Access> of(UUID clientId, PageParams page, Locale locale) {
        Paged<AuditEntry> rows = audit.aboutClient(clientId, STAFF_ROLES, page);
        Map<String, String> names = new HashMap<>();
        return rows.map(e -> new Access(e.at(), names.computeIfAbsent(String.valueOf(e.actor()), this::nameOf),
                e.actorRole(), labels.action(e.action(), locale), labels.resource(e.resource(), locale),
                labels.role(e.actorRole(), locale), e.action(), e.resource()));
    }

    private String nameOf(String email) {
        return accounts.findByEmail(email).map(UserAccount::fullName).orElse(email);
    }

    /**
     * One read or change: when, by whom (full name, role as stored and as a label), what (a label) and which record (a
     * label); the audit codes beside the labels for scripts.
     */
    record Access(Instant at, String name, String role, String action, String resource, String roleLabel,
            String actionCode, String resourceCode) {
    }
}
