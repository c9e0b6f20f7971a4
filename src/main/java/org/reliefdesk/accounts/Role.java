package org.reliefdesk.accounts;

/** What a signed-in person may do. ADMIN may do everything a THERAPIST or FRONT_DESK may. */
public enum Role {
    CLIENT, THERAPIST, FRONT_DESK, ADMIN;

    public boolean isStaff() {
        return this != CLIENT;
    }

    /** May see clinical detail of any client (intake, screening, plans, notes, diary). */
    public boolean isClinician() {
        return this == THERAPIST || this == ADMIN;
    }
}
