package org.reliefdesk.interop.record;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.reliefdesk.accounts.Accounts;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.audit.AuditLog;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.clients.ClientAccountClosed;
import org.reliefdesk.clients.ClientClosures;
import org.reliefdesk.clients.ClientClosures.Closure;
import org.reliefdesk.scheduling.Visits;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.ForbiddenException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing a client's account (the client themself or an administrator), in one transaction: the closure and its
 * retention kept on the client, sign-in refused with every session and token ended, {@code ClientAccountClosed}
 * published (the waitlist lets the client go), the bookings that have not started cancelled, and an audit row. The clinical record stays until the purge job deletes it.
 */
@Component
class AccountClosure {

    static final int REASON_MAX = 500;

    private final ClientAccess access;
    private final ClientClosures closures;
    private final Accounts accounts;
    private final Visits visits;
    private final AuditLog audit;
    private final RetentionSettings retention;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AccountClosure(ClientAccess access, ClientClosures closures, Accounts accounts, Visits visits, AuditLog audit,
            RetentionSettings retention, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.access = access;
        this.closures = closures;
        this.accounts = accounts;
        this.visits = visits;
        this.audit = audit;
        this.retention = retention;
        this.clock = clock;
    }

    /** 404 for another client or an unknown id, 403 for staff other than an administrator, 422 on the reason, 409 twice. */
    @Transactional
    Closed close(UUID clientId, ReliefDeskUser user, String reason) {
        Client client = access.profile(clientId, user);
        if (user.isStaff() && !user.isAdmin()) {
            throw new ForbiddenException("Only the client or an administrator closes an account");
        }
        String kept = checkReason(reason);
        Instant now = clock.instant();
        Closure closure = closures.close(client.id(), kept, now, retention.purgeAfter(now));
        accounts.close(client.userId());
        events.publishEvent(new ClientAccountClosed(client.id(), user.id()));
        List<UUID> cancelled = visits.cancelForClosedAccount(client.id(), user.id());
        audit.record(user.email(), user.role().name(), "ACCOUNT_CLOSED", client.id(), "CLIENT", client.id(),
                cancelled.size() + " future booking(s) cancelled; record kept until " + closure.purgeAfter());
        return new Closed(client.id(), closure.closedAt(), closure.reason(), closure.purgeAfter(), cancelled);
    }

    private static String checkReason(String reason) {
        String kept = reason == null ? null : reason.strip();
        new FieldErrors().required("reason", kept).maxLength("reason", kept, REASON_MAX).throwIfAny();
        return kept;
    }

    /** The closed account: when, why, after when its clinical record is deleted, and the bookings cancelled. */
    record Closed(UUID clientId, Instant closedAt, String reason, Instant purgeAfter, List<UUID> cancelledBookings) {
    }
}
