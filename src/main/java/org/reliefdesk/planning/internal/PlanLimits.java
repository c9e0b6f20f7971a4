package org.reliefdesk.planning.internal;

import java.util.ArrayList;
import java.util.List;

import org.reliefdesk.planning.internal.Allowance.PressureLimit;
import org.reliefdesk.planning.internal.Allowance.Refusal;
import org.reliefdesk.screening.Modality;
import org.reliefdesk.screening.Restriction;
import org.reliefdesk.screening.RestrictionLevel;

/**
 * What a restriction means for a plan (CLINICAL.md section 4, "what a restriction means for a
 * plan") plus the plan rules of section 7 that hold for everyone: the one place that knows them,
 * used alike by the proposal and by the check of every edit.
 */
final class PlanLimits {

    private final Catalogue catalogue;
    private final ClientContext client;
    private final PlanWords words;

    PlanLimits(Catalogue catalogue, ClientContext client) {
        this(catalogue, client, PlanWords.english(catalogue));
    }

    /** Limits whose plain reasons (for the client's reading of a proposal) are in {@code words}' language. */
    PlanLimits(Catalogue catalogue, ClientContext client, PlanWords words) {
        this.catalogue = catalogue;
        this.client = client;
        this.words = words;
    }

    /** What is allowed for a hands-on technique on an area (both known to the catalogue). */
    Allowance of(String areaCode, Technique technique) {
        BodyArea area = catalogue.area(areaCode);
        List<Refusal> refusals = new ArrayList<>();
        List<PressureLimit> limits = new ArrayList<>();
        List<RuleText> cautions = new ArrayList<>();
        List<RuleText> advice = new ArrayList<>();
        int preference = client.pressurePreference();
        limits.add(new PressureLimit(preference, RuleText.of("plan.rule.preference", preference),
                words.limit("limitChosen")));
        anyWork(area, refusals);
        if (!technique.allowedOn(area.code())) {
            refusals.add(new Refusal("technique", RuleText.of("plan.rule.onlyOn", techniqueLabel(technique),
                    RuleText.list("plan.rule.or", areaCodes(technique.areas()))),
                    words.limit("limitOnlyThere", "technique", words.techniqueName(technique))));
        }
        declined(technique, refusals);
        modality(area, technique, refusals, limits, cautions);
        neck(area, technique, refusals, limits, cautions);
        deepPressure(area, limits, advice);
        if (area.maxPressure() != null) {
            limits.add(new PressureLimit(area.maxPressure(), RuleText.of("plan.rule.areaMax", areaLabel(area),
                    area.maxPressure(), RuleText.of("plan.rule.areaReason." + area.code())),
                    words.limit("limitAlwaysGentle", "area", words.area(area.code()))));
        }
        return new Allowance(List.copyOf(refusals), List.copyOf(limits), List.copyOf(cautions), List.copyOf(advice));
    }

    /** The area can take no block at all (ANY_WORK AVOID). */
    boolean closed(String areaCode) {
        Restriction r = client.screening().strongest(Modality.ANY_WORK, areaCode);
        return r != null && r.level() == RestrictionLevel.AVOID;
    }

    static RuleText techniqueLabel(Technique technique) {
        return RuleText.of("code.Technique." + technique.code());
    }

    static RuleText areaLabel(BodyArea area) {
        return RuleText.of("code.BodyArea." + area.code());
    }

    private static List<RuleText> areaCodes(List<String> areas) {
        return areas.stream().map(a -> RuleText.of("plan.rule.areaCode." + a)).toList();
    }

    private void anyWork(BodyArea area, List<Refusal> refusals) {
        if (closed(area.code())) {
            Restriction r = client.screening().strongest(Modality.ANY_WORK, area.code());
            refusals.add(new Refusal("area", RuleText.of("plan.rule.anyWork", heading(r), because(r), areaLabel(area)),
                    words.reason(r)));
        }
    }

    private void declined(Technique technique, List<Refusal> refusals) {
        if ("HOT_STONE".equals(technique.code()) && ClientContext.DECLINE.equals(client.hotStones())) {
            refusals.add(new Refusal("technique", RuleText.of("plan.rule.declined.HOT_STONE"),
                    words.limit("limitDeclinedHotStones")));
        }
        if ("REFLEXOLOGY".equals(technique.code()) && ClientContext.DECLINE.equals(client.reflexology())) {
            refusals.add(new Refusal("technique", RuleText.of("plan.rule.declined.REFLEXOLOGY"),
                    words.limit("limitDeclinedReflexology")));
        }
    }

    private void modality(BodyArea area, Technique technique, List<Refusal> refusals, List<PressureLimit> limits,
            List<RuleText> cautions) {
        if (technique.modality() == null) {
            return;
        }
        Restriction r = client.screening().strongest(technique.modality(), area.code());
        if (r == null) {
            return;
        }
        if (r.level() == RestrictionLevel.AVOID) {
            Object on = r.areas().isEmpty() ? "" : RuleText.of("plan.rule.onAreas",
                    RuleText.list("plan.rule.comma", areaCodes(r.areas())));
            refusals.add(new Refusal("technique", RuleText.of("plan.rule.avoid", heading(r), because(r),
                    RuleText.of("plan.rule.avoid.technique", RuleText.lower(techniqueLabel(technique))), on),
                    words.reason(r)));
            return;
        }
        switch (technique.modality()) {
            case TRIGGER_POINT -> caution(r, 3, limits, cautions);
            case REFLEXOLOGY -> caution(r, 2, limits, cautions);
            case HOT_STONE -> cautions.add(RuleText.of("plan.rule.caution.HOT_STONE", heading(r), because(r)));
            default -> cautions.add(RuleText.of("plan.rule.caution", heading(r), because(r)));
        }
    }

    private void neck(BodyArea area, Technique technique, List<Refusal> refusals, List<PressureLimit> limits,
            List<RuleText> cautions) {
        if (!area.neck()) {
            return;
        }
        Restriction r = client.screening().strongest(Modality.DEEP_NECK_WORK, area.code());
        if (r == null) {
            return;
        }
        if (r.level() == RestrictionLevel.AVOID) {
            RuleText rule = RuleText.of("plan.rule.neckAvoid", heading(r), because(r));
            if (!technique.gentleNeckWork()) {
                refusals.add(new Refusal("technique", rule, words.reason(r)));
            }
            limits.add(new PressureLimit(2, rule, words.reason(r)));
        } else {
            caution(r, 3, limits, cautions);
        }
    }

    private void deepPressure(BodyArea area, List<PressureLimit> limits, List<RuleText> advice) {
        Restriction r = client.screening().strongest(Modality.DEEP_PRESSURE, area.code());
        if (r == null) {
            return;
        }
        int max = r.level() == RestrictionLevel.AVOID ? 2 : 3;
        RuleText rule = RuleText.of("plan.rule.deepPressure", heading(r), because(r), max);
        limits.add(new PressureLimit(max, rule, words.reason(r)));
        if (r.level() == RestrictionLevel.CAUTION) {
            advice.add(rule);
        }
    }

    /** A CAUTION that caps the pressure at {@code max} and asks for a note. */
    private void caution(Restriction r, int max, List<PressureLimit> limits, List<RuleText> cautions) {
        RuleText rule = RuleText.of("plan.rule.caution." + r.modality().name(), heading(r), because(r));
        limits.add(new PressureLimit(max, rule, words.reason(r)));
        cautions.add(rule);
    }

    /** The restriction as the therapist names it: "TRIGGER_POINT CAUTION". */
    private static RuleText heading(Restriction r) {
        return RuleText.of("plan.rule.restriction." + r.modality().name() + "." + r.level().name());
    }

    private static Object because(Restriction r) {
        return r.reason() == null || r.reason().isBlank() ? ""
                : RuleText.of("plan.rule.because", new RuleText.Reason(r.reason()));
    }
}
