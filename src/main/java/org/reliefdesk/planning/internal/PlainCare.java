package org.reliefdesk.planning.internal;

import java.util.ArrayList;
import java.util.List;

import org.reliefdesk.screening.Modality;
import org.reliefdesk.screening.Restriction;
import org.reliefdesk.screening.RestrictionLevel;
import org.reliefdesk.screening.Screening;

/**
 * The care a block takes because of the client's screening, for the client's reading of the plan: a message key
 * ({@code planning.care.<MODALITY>}) and the pressure it stays at or below, instead of the therapist's rule text.
 */
record PlainCare(String key, int max) {

    static List<PlainCare> of(Catalogue catalogue, Screening screening, PlanBlock block) {
        Technique technique = catalogue.technique(block.technique());
        BodyArea area = catalogue.area(block.area());
        List<PlainCare> care = new ArrayList<>();
        if (screening == null || technique == null || !technique.handsOn() || area == null) {
            return care;
        }
        Modality own = technique.modality();
        if (own != null && caution(screening.strongest(own, area.code()))) {
            care.add(new PlainCare("planning.care." + own.name(), own == Modality.REFLEXOLOGY ? 2 : 3));
        }
        Restriction neck = area.neck() ? screening.strongest(Modality.DEEP_NECK_WORK, area.code()) : null;
        if (neck != null) {
            care.add(new PlainCare("planning.care.DEEP_NECK_WORK", neck.level() == RestrictionLevel.AVOID ? 2 : 3));
        }
        Restriction deep = screening.strongest(Modality.DEEP_PRESSURE, area.code());
        if (deep != null) {
            care.add(new PlainCare("planning.care.DEEP_PRESSURE", deep.level() == RestrictionLevel.AVOID ? 2 : 3));
        }
        if (caution(screening.strongest(Modality.ANY_WORK, area.code()))) {
            care.add(new PlainCare("planning.care.ANY_WORK", 0));
        }
        return care;
    }

    private static boolean caution(Restriction r) {
        return r != null && r.level() == RestrictionLevel.CAUTION;
    }
}
