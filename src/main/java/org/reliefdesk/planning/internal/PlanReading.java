package org.reliefdesk.planning.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A plan version in plain words, for the client's page and the printed plan: what, where, why
 * and how firm, and the studies it cites with their strength.
 */
record PlanReading(int version, int totalMinutes, List<Row> rows, List<Evidence> evidence) {

    /** One block in plain words. */
    record Row(int order, int minutes, String part, String what, String where, String firmness, String why,
            String note, String detail) {
    }

    static PlanReading of(Catalogue catalogue, int version, List<PlanBlock> blocks) {
        List<Row> rows = new ArrayList<>();
        Set<String> cited = new LinkedHashSet<>();
        for (PlanBlock block : blocks) {
            Technique technique = catalogue.technique(block.technique());
            BodyArea area = catalogue.area(block.area());
            rows.add(new Row(block.order(), block.minutes(), part(block.phase()),
                    technique == null ? block.technique() : technique.plain(),
                    area == null ? "" : capitalise(area.plain()), firmness(block.pressure()), block.rationale(),
                    block.note(), technique == null ? "" : technique.description()));
            cited.addAll(block.evidence());
        }
        List<Evidence> evidence = cited.stream().map(catalogue::evidence).filter(e -> e != null).toList();
        int total = blocks.stream().mapToInt(PlanBlock::minutesOrZero).sum();
        return new PlanReading(version, total, rows, evidence);
    }

    static String part(String phase) {
        return switch (phase) {
            case "ASSESSMENT" -> "Check-in";
            case "WARM_UP" -> "Warm-up";
            case "FOCUSED" -> "Focused work";
            case "ADJUNCT" -> "Stretching or reflexology";
            case "CLOSING" -> "Closing";
            default -> phase;
        };
    }

    /** "3 of 5 (medium)"; empty for a consultation (pressure 0). */
    static String firmness(Integer pressure) {
        if (pressure == null || pressure == 0) {
            return "";
        }
        String word = switch (pressure) {
            case 1 -> "very light";
            case 2 -> "light";
            case 3 -> "medium";
            case 4 -> "firm";
            default -> "very firm";
        };
        return pressure + " of 5 (" + word + ")";
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
