package org.reliefdesk.screening;

/** What a restriction limits (CLINICAL.md section 4). */
public enum Modality {
    HOT_STONE, REFLEXOLOGY, DEEP_NECK_WORK, TRIGGER_POINT, DEEP_PRESSURE, ANY_WORK
}
