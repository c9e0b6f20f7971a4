package org.reliefdesk.planning.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.reliefdesk.planning.internal.HeadPainMap.Location;
import org.reliefdesk.planning.internal.SessionTemplate.PhaseTemplate;

/**
 * Where the focused work goes (CLINICAL.md section 7): the client's marked areas first, in the
 * intake's order, then the areas mapped from the headache location; at most {@code maxAreas},
 * skipping any area a restriction closes. Trigger-point work where allowed, else gentle kneading.
 */
final class FocusedWork {

    private final Catalogue catalogue;
    private final ClientContext client;
    private final PlanLimits limits;
    private final Rationales words;
    private final PlanWords text;
    private final SessionTemplate template;
    private final PhaseTemplate phase;
    private final Location location;

    FocusedWork(Catalogue catalogue, ClientContext client, PlanLimits limits, Rationales words) {
        this.catalogue = catalogue;
        this.client = client;
        this.limits = limits;
        this.words = words;
        this.text = words.words();
        this.template = catalogue.template();
        this.phase = template.phase(Phase.FOCUSED);
        this.location = catalogue.headPain().locations().get(client.headacheLocation());
    }

    List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        candidates().forEach((work, marked) -> {
            if (steps.size() < phase.maxAreas()) {
                Step step = step(work, marked);
                if (step != null) {
                    steps.add(step);
                }
            }
        });
        return steps;
    }

    /** Work area to the marked area that led there (null when it comes from the headache location). */
    private Map<String, String> candidates() {
        Map<String, String> candidates = new LinkedHashMap<>();
        for (String marked : client.orderedFocusAreas(catalogue)) {
            candidates.putIfAbsent(catalogue.area(marked).workArea(), marked);
        }
        if (location != null) {
            location.areas().forEach(area -> candidates.putIfAbsent(area, null));
        }
        return candidates;
    }

    private Step step(String work, String marked) {
        if (limits.closed(work)) {
            return null;
        }
        Technique technique = catalogue.technique(catalogue.area(work).focusTechnique());
        Allowance allowance = limits.of(work, technique);
        String gentle = null;
        if (!allowance.allowed()) {
            gentle = allowance.refusals().get(0).plain();
            technique = catalogue.technique(phase.gentleTechnique());
            allowance = limits.of(work, technique);
            if (!allowance.allowed()) {
                return null;
            }
        }
        String rationale = reason(work, marked);
        if (gentle != null) {
            rationale += " " + text.text("focusedGentle", "reason", gentle);
        }
        return words.step(Phase.FOCUSED, work, technique, allowance, phase.pressure(), rationale,
                template.evidence("FOCUSED", client.headacheFamily()));
    }

    private String reason(String work, String marked) {
        int fromLocation = location == null ? -1 : location.areas().indexOf(work);
        String where = client.headacheLocation();
        if (marked == null) {
            return text.text("focusedLocation", "location", text.location(where), "muscles",
                    text.muscles(List.of(location.muscles().get(fromLocation))), "area", text.area(work));
        }
        String muscles = text.muscles(catalogue.area(marked).muscles());
        if (!marked.equals(work)) {
            return text.text("focusedElsewhere", "marked", text.area(marked), "muscles", muscles, "area",
                    text.area(work));
        }
        if (fromLocation >= 0) {
            return text.text("focusedBoth", "marked", text.area(work), "location", text.location(where), "muscles",
                    muscles);
        }
        return text.text("focusedMarked", "marked", text.area(work), "muscles", muscles);
    }
}
