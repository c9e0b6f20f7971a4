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
        List<String> cautions = new ArrayList<>();
        List<String> advice = new ArrayList<>();
        int preference = client.pressurePreference();
        limits.add(new PressureLimit(preference, "the client's preferred pressure (focus.pressure) is " + preference,
                words.limit("limitChosen")));
        anyWork(area, refusals);
        if (!technique.allowedOn(area.code())) {
            refusals.add(new Refusal("technique", technique.name() + " is only done on "
                    + String.join(" or ", technique.areas()), words.limit("limitOnlyThere", "technique", words.techniqueName(technique))));
        }
        declined(technique, refusals);
        modality(area, technique, refusals, limits, cautions);
        neck(area, technique, refusals, limits, cautions);
        deepPressure(area, limits, advice);
        if (area.maxPressure() != null) {
            limits.add(new PressureLimit(area.maxPressure(), area.name() + " at pressure " + area.maxPressure()
                    + " or less for everyone (" + area.maxPressureReason() + ")",
                    words.limit("limitAlwaysGentle", "area", words.area(area.code()))));
        }
        return new Allowance(List.copyOf(refusals), List.copyOf(limits), List.copyOf(cautions), List.copyOf(advice));
    }

    /** The area can take no block at all (ANY_WORK AVOID). */
    boolean closed(String areaCode) {
        Restriction r = client.screening().strongest(Modality.ANY_WORK, areaCode);
        return r != null && r.level() == RestrictionLevel.AVOID;
    }

    private void anyWork(BodyArea area, List<Refusal> refusals) {
        if (closed(area.code())) {
            Restriction r = client.screening().strongest(Modality.ANY_WORK, area.code());
            refusals.add(new Refusal("area", "ANY_WORK AVOID" + because(r) + ": no block at all on " + area.name(),
                    words.reason(r)));
        }
    }

    private void declined(Technique technique, List<Refusal> refusals) {
        if ("HOT_STONE".equals(technique.code()) && ClientContext.DECLINE.equals(client.hotStones())) {
            refusals.add(new Refusal("technique", "the client declined hot stones (focus.hotStones)",
                    words.limit("limitDeclinedHotStones")));
        }
        if ("REFLEXOLOGY".equals(technique.code()) && ClientContext.DECLINE.equals(client.reflexology())) {
            refusals.add(new Refusal("technique", "the client declined reflexology (focus.reflexology)",
                    words.limit("limitDeclinedReflexology")));
        }
    }

    private void modality(BodyArea area, Technique technique, List<Refusal> refusals, List<PressureLimit> limits,
            List<String> cautions) {
        if (technique.modality() == null) {
            return;
        }
        Restriction r = client.screening().strongest(technique.modality(), area.code());
        if (r == null) {
            return;
        }
        String name = technique.modality().name();
        if (r.level() == RestrictionLevel.AVOID) {
            refusals.add(new Refusal("technique", name + " AVOID" + because(r) + ": no " + technique.name().toLowerCase()
                    + (r.areas().isEmpty() ? "" : " on " + String.join(", ", r.areas())), words.reason(r)));
            return;
        }
        switch (technique.modality()) {
            case TRIGGER_POINT -> caution(name, r, 3, "trigger-point pressure 3 at most", limits, cautions);
            case REFLEXOLOGY -> caution(name, r, 2, "reflexology pressure 2 at most", limits, cautions);
            case HOT_STONE -> cautions.add(name + " CAUTION" + because(r) + ": warm (not hot) stones, kept moving");
            default -> cautions.add(name + " CAUTION" + because(r));
        }
    }

    private void neck(BodyArea area, Technique technique, List<Refusal> refusals, List<PressureLimit> limits,
            List<String> cautions) {
        if (!area.neck()) {
            return;
        }
        Restriction r = client.screening().strongest(Modality.DEEP_NECK_WORK, area.code());
        if (r == null) {
            return;
        }
        if (r.level() == RestrictionLevel.AVOID) {
            String rule = "DEEP_NECK_WORK AVOID" + because(r)
                    + ": on the neck and the back of the head only kneading or rubbing at pressure 2 or less";
            if (!technique.gentleNeckWork()) {
                refusals.add(new Refusal("technique", rule, words.reason(r)));
            }
            limits.add(new PressureLimit(2, rule, words.reason(r)));
        } else {
            caution("DEEP_NECK_WORK", r, 3, "neck pressure 3 at most", limits, cautions);
        }
    }

    private void deepPressure(BodyArea area, List<PressureLimit> limits, List<String> advice) {
        Restriction r = client.screening().strongest(Modality.DEEP_PRESSURE, area.code());
        if (r == null) {
            return;
        }
        int max = r.level() == RestrictionLevel.AVOID ? 2 : 3;
        String rule = "DEEP_PRESSURE " + r.level() + because(r) + ": no block above pressure " + max;
        limits.add(new PressureLimit(max, rule, words.reason(r)));
        if (r.level() == RestrictionLevel.CAUTION) {
            advice.add(rule);
        }
    }

    private void caution(String name, Restriction r, int max, String what, List<PressureLimit> limits,
            List<String> cautions) {
        String rule = name + " CAUTION" + because(r) + ": " + what;
        limits.add(new PressureLimit(max, rule, words.reason(r)));
        cautions.add(rule);
    }

    private static String because(Restriction r) {
        return r.reason() == null || r.reason().isBlank() ? "" : " (" + r.reason() + ")";
    }
}
