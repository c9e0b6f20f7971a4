package org.reliefdesk.screening;

/** The overall outcome of a screening (a recorded clearance turns CLEARANCE_REQUIRED into CLEARED). */
public enum ScreeningStatus {
    CLEARED, CLEARANCE_REQUIRED, URGENT
}
