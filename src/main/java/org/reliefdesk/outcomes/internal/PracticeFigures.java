package org.reliefdesk.outcomes.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.reliefdesk.outcomes.internal.PracticeReport.ClientResult;

/**
 * A group's figures: clients in a course, the share with enough diary data for a comparison, the
 * 50 % responder rate among those, the median change in headache days, and adverse reactions
 * recorded in signed notes. Percentages are 0–100 with one decimal; null when there is no basis.
 */
record PracticeFigures(String group, int clientsInCourse, int withEnoughDiaryData, Double shareWithEnoughDiaryData,
        int responders, Double responderRate, Double medianHeadacheDaysChangePercent, int signedNotes,
        int notesWithAdverseReaction, int clientsWithAdverseReaction) {

    static PracticeFigures of(String group, List<ClientResult> results) {
        List<ClientResult> compared = results.stream().filter(r -> !r.comparison().insufficient()).toList();
        int responders = (int) compared.stream().filter(r -> Boolean.TRUE.equals(r.comparison().responder())).count();
        List<Double> changes = compared.stream().map(r -> r.comparison().percent()).filter(p -> p != null).sorted()
                .toList();
        return new PracticeFigures(group, results.size(), compared.size(), percent(compared.size(), results.size()),
                responders, percent(responders, compared.size()), median(changes),
                results.stream().mapToInt(r -> r.reactions().signedNotes()).sum(),
                results.stream().mapToInt(r -> r.reactions().withAdverseReaction()).sum(),
                (int) results.stream().filter(r -> r.reactions().withAdverseReaction() > 0).count());
    }

    static Double percent(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L)
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP).doubleValue();
    }

    static Double median(List<Double> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        double value = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
