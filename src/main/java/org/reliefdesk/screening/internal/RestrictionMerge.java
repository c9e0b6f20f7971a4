package org.reliefdesk.screening.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.reliefdesk.screening.Modality;
import org.reliefdesk.screening.Restriction;
import org.reliefdesk.screening.RestrictionLevel;

/**
 * CLINICAL.md section 4: restrictions are listed once per modality, level and areas, with the
 * reasons joined; AVOID outranks CAUTION for the same modality and areas.
 */
final class RestrictionMerge {

    private RestrictionMerge() {
    }

    static List<Restriction> merge(List<Restriction> raised) {
        Map<Key, RestrictionLevel> strongest = new LinkedHashMap<>();
        for (Restriction r : raised) {
            strongest.merge(new Key(r.modality(), Set.copyOf(r.areas())), r.level(),
                    (a, b) -> a == RestrictionLevel.AVOID || b == RestrictionLevel.AVOID ? RestrictionLevel.AVOID : a);
        }
        List<Restriction> merged = new ArrayList<>();
        strongest.forEach((key, level) -> {
            Set<String> reasons = new LinkedHashSet<>();
            List<String> areas = List.of();
            for (Restriction r : raised) {
                if (new Key(r.modality(), Set.copyOf(r.areas())).equals(key) && r.level() == level) {
                    reasons.add(r.reason());
                    areas = r.areas();
                }
            }
            merged.add(new Restriction(key.modality(), level, areas, capitalise(String.join("; ", reasons))));
        });
        merged.sort((a, b) -> Objects.compare(a.modality(), b.modality(), Enum::compareTo));
        return merged;
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private record Key(Modality modality, Set<String> areas) {
    }
}
