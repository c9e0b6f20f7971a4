package org.reliefdesk.accounts.internal;

import java.util.UUID;

import org.reliefdesk.accounts.Accounts;
import org.reliefdesk.accounts.Accounts.UserAccount;
import org.reliefdesk.accounts.ProfileFields;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.accounts.Role;
import org.reliefdesk.shared.FieldErrors;
import org.springframework.stereotype.Component;

/** An administrator renames, re-roles, deactivates or reactivates a staff member (API and page). */
@Component
class StaffChanges {

    private final Accounts accounts;

    StaffChanges(Accounts accounts) {
        this.accounts = accounts;
    }

    /** 422 for a bad field or for changing one's own role or active flag (an admin always remains); 404 for a non-staff id. */
    UserAccount change(ReliefDeskUser admin, UUID id, StaffChange change) {
        FieldErrors errors = new FieldErrors();
        if (change.fullName() != null) {
            ProfileFields.name(errors, "fullName", change.fullName());
        }
        Role role = change.role() == null ? null : AccountsApi.parseStaffRole(change.role(), errors);
        boolean self = admin.id().equals(id);
        if (self && Boolean.FALSE.equals(change.active())) {
            errors.add("active", AccountMessages.get("staff.notYourself"));
        }
        if (self && role != null && role != Role.ADMIN) {
            errors.add("role", AccountMessages.get("staff.notYourself"));
        }
        errors.throwIfAny();
        return accounts.updateStaff(id, change.fullName(), role, change.active());
    }

    record StaffChange(String fullName, String role, Boolean active) {
    }
}
