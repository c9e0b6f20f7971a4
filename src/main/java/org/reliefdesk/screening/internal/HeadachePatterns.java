package org.reliefdesk.screening.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.reliefdesk.intake.IntakeAnswers;
import org.reliefdesk.screening.Screening.HeadachePattern;

/**
 * The headache-pattern suggestion of CLINICAL.md section 2 (ICHD-3 criteria, Cephalalgia
 * 2018;38:1–211, encoded in our words): "answers consistent with …", never a diagnosis. Our answers
 * describe the client's typical headache; intensity mild 1–3, moderate 4–6, severe 7–10.
 */
public final class HeadachePatterns {

    private HeadachePatterns() {
    }

    /** {@code warningSign}: a section-1 rule raised an URGENT or CLEARANCE flag, so nothing is suggested. */
    public static HeadachePattern suggest(IntakeAnswers answers, boolean warningSign, boolean medicationOveruse) {
        if (warningSign) {
            return new HeadachePattern("NOT_ASSESSED", List.of(), medicationOveruse);
        }
        Answers a = new Answers(answers);
        List<String> criteria = new ArrayList<>();
        String suggestion = migraine(a, criteria);
        if (suggestion == null) {
            criteria.clear();
            suggestion = tensionType(a, criteria);
        }
        if (suggestion == null) {
            return new HeadachePattern("UNCLASSIFIED", List.of(), medicationOveruse);
        }
        return new HeadachePattern(suggestion, List.copyOf(criteria), medicationOveruse);
    }

    private static String migraine(Answers a, List<String> criteria) {
        List<String> features = a.migraineFeatures();
        List<String> accompanying = a.migraineAccompanying();
        boolean typical = features.size() >= 2 && !accompanying.isEmpty();
        if ((typical || a.aura) && a.days >= 15 && a.months > 3) {
            if (typical) {
                criteria.addAll(concat(features, accompanying));
            }
            if (a.aura) {
                criteria.add("aura: fully reversible visual, sensory or speech symptoms");
            }
            criteria.add("headache on 15 or more days a month");
            criteria.add("for more than 3 months");
            return "CHRONIC_MIGRAINE";
        }
        if (a.aura) {
            criteria.add("aura: fully reversible visual, sensory or speech symptoms");
            if (a.attacks.equals("FEWER_THAN_5")) {
                return "PROBABLE_MIGRAINE";
            }
            criteria.add("at least 2 attacks with aura");
            return "MIGRAINE_WITH_AURA";
        }
        if (typical && a.hoursBetween("4", "72")) {
            criteria.add("attacks last 4–72 hours");
            criteria.addAll(concat(features, accompanying));
            if (a.attacks.equals("FEWER_THAN_5")) {
                return "PROBABLE_MIGRAINE";
            }
            criteria.add(0, "at least 5 attacks");
            return "MIGRAINE_WITHOUT_AURA";
        }
        return null;
    }

    private static String tensionType(Answers a, List<String> criteria) {
        List<String> features = a.tensionFeatures();
        boolean base = features.size() >= 2 && a.hoursBetween("0.5", "168") && !(a.light && a.sound)
                && a.attacks.equals("TEN_OR_MORE");
        if (!base) {
            return null;
        }
        criteria.add("at least 10 episodes");
        criteria.add("attacks last 30 minutes to 7 days");
        criteria.addAll(features);
        criteria.add("at most one of light or sound sensitivity");
        if (a.days >= 15 && a.months > 3 && !a.vomiting) {
            criteria.add("no vomiting");
            criteria.add("headache on 15 or more days a month for more than 3 months");
            return "TENSION_TYPE_CHRONIC";
        }
        boolean frequent = a.days >= 1 && a.days <= 14 && a.months > 3;
        if ((a.days == 0 || frequent) && !a.nausea && !a.vomiting) {
            criteria.add("no nausea or vomiting");
            criteria.add(a.days == 0 ? "fewer than 1 headache day a month (infrequent)"
                    : "1–14 headache days a month for more than 3 months (frequent)");
            return "TENSION_TYPE_EPISODIC";
        }
        return null;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** The answers the criteria read, with absent ones as "no". */
    private record Answers(int days, int months, String attacks, BigDecimal hours, String location, String quality,
            int intensity, boolean worse, boolean nausea, boolean vomiting, boolean light, boolean sound,
            boolean aura) {

        Answers(IntakeAnswers a) {
            this(orZero(a.integer("headache.daysPerMonth")), orZero(a.integer("headache.monthsWithThisPattern")),
                    String.valueOf(a.text("headache.attacksSoFar")), a.decimal("headache.typicalDurationHours"),
                    String.valueOf(a.text("headache.location")), String.valueOf(a.text("headache.quality")),
                    orZero(a.integer("headache.typicalIntensity")), a.bool("headache.worseWithRoutineActivity"),
                    a.bool("headache.nausea"), a.bool("headache.vomiting"), a.bool("headache.lightSensitivity"),
                    a.bool("headache.soundSensitivity"), a.bool("headache.aura"));
        }

        /** ICHD-3 1.1 C: one-sided, pulsating, moderate or severe, worse with routine activity. */
        List<String> migraineFeatures() {
            List<String> met = new ArrayList<>();
            addIf(met, location.equals("ONE_SIDE"), "one-sided pain");
            addIf(met, quality.equals("PULSATING"), "pulsating quality");
            addIf(met, intensity >= 4, "moderate or severe intensity (4–10)");
            addIf(met, worse, "worse with routine activity");
            return met;
        }

        /** ICHD-3 1.1 D: nausea and/or vomiting, or light and sound sensitivity together. */
        List<String> migraineAccompanying() {
            List<String> met = new ArrayList<>();
            addIf(met, nausea || vomiting, "nausea or vomiting");
            addIf(met, light && sound, "sensitivity to light and sound");
            return met;
        }

        /** ICHD-3 2.1–2.3 C: both sides, pressing or tightening, mild or moderate, not worse with activity. */
        List<String> tensionFeatures() {
            List<String> met = new ArrayList<>();
            addIf(met, location.equals("BOTH_SIDES") || location.equals("BAND_AROUND_HEAD"), "pain on both sides");
            addIf(met, quality.equals("PRESSING_TIGHTENING"), "pressing or tightening quality");
            addIf(met, intensity >= 1 && intensity <= 6, "mild or moderate intensity (1–6)");
            addIf(met, !worse, "not worse with routine activity");
            return met;
        }

        boolean hoursBetween(String from, String to) {
            return hours != null && hours.compareTo(new BigDecimal(from)) >= 0 && hours.compareTo(new BigDecimal(to)) <= 0;
        }

        private static void addIf(List<String> list, boolean condition, String text) {
            if (condition) {
                list.add(text);
            }
        }

        private static int orZero(Integer value) {
            return value == null ? 0 : value;
        }
    }
}
