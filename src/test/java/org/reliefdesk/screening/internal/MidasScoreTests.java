package org.reliefdesk.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reliefdesk.intake.IntakeAnswers;
import org.reliefdesk.screening.Screening.Midas;

class MidasScoreTests {

    @ParameterizedTest(name = "{0}+{1}+{2}+{3}+{4} = {5}, grade {6}")
    @CsvSource({
        "0,0,0,0,0,0,I", "1,1,1,1,1,5,I", "2,1,1,1,1,6,II", "2,2,2,2,2,10,II", "3,2,2,2,2,11,III",
        "4,4,4,4,4,20,III", "5,4,4,4,4,21,IV", "92,92,92,92,92,460,IV"})
    void scoresTheFiveDayCountsAndGradesThem(int q1, int q2, int q3, int q4, int q5, int score, String grade) {
        Map<String, Object> values = new HashMap<>(Map.of("midas.q1", q1, "midas.q2", q2, "midas.q3", q3,
                "midas.q4", q4, "midas.q5", q5, "midas.a", 60, "midas.b", 9));
        assertThat(MidasScore.of(new IntakeAnswers(values))).isEqualTo(new Midas(score, grade));
    }
}
