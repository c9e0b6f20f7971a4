package org.reliefdesk.charting;

import java.util.List;

/** The technique and body-area codes a note's techniques use (API.md plan blocks; INTAKE.md focus areas). */
public final class NoteCodes {

    public static final List<String> TECHNIQUES = List.of("KNEADING", "RUBBING", "COMPRESSION", "TRIGGER_POINT",
            "REFLEXOLOGY", "HOT_STONE", "STRETCHING", "CONSULTATION");

    public static final List<String> AREAS = List.of("HEAD_FRONT", "TEMPLES", "JAW", "BACK_OF_HEAD", "NECK_FRONT",
            "NECK_BACK", "SHOULDERS", "UPPER_BACK", "LOWER_BACK", "HANDS", "FEET");

    private NoteCodes() {
    }
}
