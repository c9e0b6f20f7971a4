package org.reliefdesk.services;

/** What a therapist is qualified for. */
public enum Skill {
    MEDICAL_MASSAGE, TRIGGER_POINT, REFLEXOLOGY, HOT_STONE
}
