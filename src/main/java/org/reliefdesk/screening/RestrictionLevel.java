package org.reliefdesk.screening;

/** AVOID: the plan may not use it. CAUTION: allowed, lighter, with a note. */
public enum RestrictionLevel {
    AVOID, CAUTION
}
