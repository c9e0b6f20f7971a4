package org.reliefdesk.scheduling.practice;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.shared.ForbiddenException;

/** Role checks shared by the scheduling endpoints and pages. */
public final class Roles {

    private Roles() {
    }

    static void admin(ReliefDeskUser user) {
        if (!user.isAdmin()) {
            throw new ForbiddenException("Only an administrator may do this");
        }
    }

    public static void staff(ReliefDeskUser user) {
        if (!user.isStaff()) {
            throw new ForbiddenException("Only staff may do this");
        }
    }
}
