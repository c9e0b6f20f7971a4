package org.reliefdesk.clients;

import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.audit.AuditLog;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may see which client. A client sees only themself (anyone else is a 404, as if it did
 * not exist); staff see every profile; clinical detail is for the client, therapists and
 * admins only (front desk gets 403), and every staff read of it is audited.
 */
@Component
public class ClientAccess {

    private final Clients clients;
    private final AuditLog audit;

    ClientAccess(Clients clients, AuditLog audit) {
        this.clients = clients;
        this.audit = audit;
    }

    /** The client's profile, if this user may see it; else 404. */
    public Client profile(UUID clientId, ReliefDeskUser user) {
        Client client = clients.find(clientId).orElseThrow(() -> new NotFoundException("Client"));
        if (user.isClient() && !client.userId().equals(user.id())) {
            throw new NotFoundException("Client");
        }
        return client;
    }

    /**
     * The client, if this user may see their clinical data; a staff read is audited as {@code action} on the record
     * named by {@code resource} and {@code resourceId} (null for a list).
     */
    public Client clinical(UUID clientId, ReliefDeskUser user, String action, String resource, Object resourceId) {
        Client client = clinicalCheck(clientId, user);
        recordRead(user, clientId, action, resource, resourceId);
        return client;
    }

    /** The client, if this user may see their clinical data, not audited yet: the caller reads, then {@link #recordRead}. */
    public Client clinicalCheck(UUID clientId, ReliefDeskUser user) {
        Client client = profile(clientId, user);
        if (user.isStaff() && !user.isClinician()) {
            throw new ForbiddenException("Front desk does not see clinical details");
        }
        return client;
    }

    /** Audits a staff read of the record (a client reading their own record is not audited). */
    public void recordRead(ReliefDeskUser user, UUID clientId, String action, String resource, Object resourceId) {
        if (user.isStaff()) {
            audit.record(user.email(), user.role().name(), action, clientId, resource, resourceId, null);
        }
    }

    /** Records a change to a client's clinical data by anyone (client or staff), naming the record changed. */
    public void recordChange(ReliefDeskUser user, UUID clientId, String action, String resource, Object resourceId,
            String detail) {
        audit.record(user.email(), user.role().name(), action, clientId, resource, resourceId, detail);
    }

    /** The signed-in client's own record (404 for staff or a client without a profile). */
    public Client self(ReliefDeskUser user) {
        return clients.findByUser(user.id()).orElseThrow(() -> new NotFoundException("Client"));
    }
}
