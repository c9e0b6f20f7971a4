package org.reliefdesk.diary;

import java.util.List;
import java.util.Set;

/**
 * The intake's vocabularies the diary reuses (INTAKE.md: {@code headache.acuteMedicationKinds}
 * without NONE, and {@code headache.triggers}), and the medication-overuse classes of CLINICAL.md
 * section 3.
 */
public final class DiaryCodes {

    public static final List<String> MEDICATION_KINDS =
            List.of("SIMPLE_ANALGESIC", "NSAID", "TRIPTAN", "ERGOT", "OPIOID", "COMBINATION");

    public static final List<String> TRIGGERS = List.of("STRESS", "POOR_SLEEP", "SKIPPED_MEALS", "BRIGHT_LIGHT",
            "SCREEN_TIME", "POSTURE", "WEATHER", "MENSTRUATION", "ALCOHOL", "CAFFEINE", "SMELLS", "OTHER");

    /** Kinds that bring the overuse threshold down to 10 days (CLINICAL.md section 3). */
    public static final Set<String> LOW_THRESHOLD_KINDS = Set.of("TRIPTAN", "ERGOT", "OPIOID", "COMBINATION");

    /** How far back a day may be logged or back-filled. */
    public static final int DAYS_BACK = 365;

    private DiaryCodes() {
    }
}
