package org.reliefdesk.outcomes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.charting.SessionNotes.Reactions;
import org.reliefdesk.outcomes.internal.OutcomeCalculator.Comparison;
import org.reliefdesk.outcomes.internal.PracticeReport.ClientResult;

class PracticeFiguresTests {

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

    static ClientResult compared(Double percent, boolean responder, int adverse) {
        return new ClientResult(UUID.randomUUID(), new Comparison(false, percent, responder),
                new Reactions(4, adverse, adverse > 0 ? 1 : 0));
    }

    static ClientResult tooLittleData() {
        return new ClientResult(UUID.randomUUID(), new Comparison(true, null, null), new Reactions(2, 0, 0));
    }

    @Test
    void countsSharesRespondersMedianAndAdverseReactions() {
        List<ClientResult> results = List.of(compared(-60.0, true, 1), compared(-20.0, false, 0),
                compared(-50.0, true, 0), compared(null, false, 0), tooLittleData());
        PracticeFigures f = PracticeFigures.of("ALL", results);
        assertThat(f.clientsInCourse()).isEqualTo(5);
        assertThat(f.withEnoughDiaryData()).isEqualTo(4);
        assertThat(f.shareWithEnoughDiaryData()).isEqualTo(80.0);
        assertThat(f.responders()).isEqualTo(2);
        assertThat(f.responderRate()).isEqualTo(50.0);
        assertThat(f.medianHeadacheDaysChangePercent()).isEqualTo(-50.0);
        assertThat(f.signedNotes()).isEqualTo(18);
        assertThat(f.notesWithAdverseReaction()).isEqualTo(1);
        assertThat(f.clientsWithAdverseReaction()).isEqualTo(1);
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(PracticeFigures.median(List.of(-60.0, -40.0, -10.0, 20.0))).isEqualTo(-25.0);
        assertThat(PracticeFigures.median(List.of())).isNull();
    }

    @Test
    void noClientsMeansNoRatesRatherThanZero() {
        PracticeFigures f = PracticeFigures.of("ALL", List.of());
        assertThat(f.shareWithEnoughDiaryData()).isNull();
        assertThat(f.responderRate()).isNull();
        assertThat(f.medianHeadacheDaysChangePercent()).isNull();
    }

    @Nested
    class Csv {

        @Test
        void agesFallInTenYearBands() {
            assertThat(DeidentifiedCsv.band(LocalDate.of(1990, 6, 2), AS_OF)).isEqualTo("30-39");
            assertThat(DeidentifiedCsv.band(LocalDate.of(1986, 6, 1), AS_OF)).isEqualTo("40-49");
            assertThat(DeidentifiedCsv.band(LocalDate.of(2019, 1, 1), AS_OF)).isEqualTo("00-09");
            assertThat(DeidentifiedCsv.band(LocalDate.of(1930, 1, 1), AS_OF)).isEqualTo("90+");
        }

        @Test
        void groupsUnderFiveAreSuppressedAndNoIdentifierLeavesTheBuilding() {
            List<ClientResult> results = new ArrayList<>();
            Map<UUID, LocalDate> births = new HashMap<>();
            add(results, births, 6, LocalDate.of(1990, 1, 1));
            add(results, births, 5, LocalDate.of(1980, 1, 1));
            add(results, births, 2, LocalDate.of(1970, 1, 1));
            String csv = DeidentifiedCsv.of(results, births, AS_OF);
            List<String> rows = csv.lines().toList();
            assertThat(rows.get(0)).isEqualTo(DeidentifiedCsv.HEADER);
            assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("ALL,13,13,100.0,13,100.0,-50.0,"));
            assertThat(rows).contains("AGE_50-59,,,,,,,,,,true");
            // the one small band could be recovered as ALL minus the rest, so the smallest other band goes too
            assertThat(rows).contains("AGE_40-49,,,,,,,,,,true");
            assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("AGE_30-39,6,").endsWith(",false"));
            assertThat(csv).doesNotContain("1990", "1980", results.get(0).clientId().toString());
        }

        @Test
        void aPracticeWithFewerThanFiveClientsShowsNoFiguresAtAll() {
            List<ClientResult> results = new ArrayList<>();
            Map<UUID, LocalDate> births = new HashMap<>();
            add(results, births, 3, LocalDate.of(1990, 1, 1));
            assertThat(DeidentifiedCsv.of(results, births, AS_OF).lines()).contains("ALL,,,,,,,,,,true");
        }

        private void add(List<ClientResult> results, Map<UUID, LocalDate> births, int count, LocalDate born) {
            for (int i = 0; i < count; i++) {
                ClientResult result = compared(-50.0, true, 0);
                results.add(result);
                births.put(result.clientId(), born);
            }
        }
    }
}
