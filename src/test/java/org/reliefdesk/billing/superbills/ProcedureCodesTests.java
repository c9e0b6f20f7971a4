package org.reliefdesk.billing.superbills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reliefdesk.charting.NoteCodes;

class ProcedureCodesTests {

    final ProcedureCodes codes = new ProcedureCodes();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"KNEADING, 97124", "RUBBING, 97124", "COMPRESSION, 97124", "STRETCHING, 97124",
        "HOT_STONE, 97124", "REFLEXOLOGY, 97124", "TRIGGER_POINT, 97140"})
    void eachHandsOnTechniqueIsBilledUnderItsCode(String technique, String code) {
        assertThat(codes.of(technique)).map(ProcedureCodes.Code::code).contains(code);
    }

    @Test
    void aConsultationIsNotBilled() {
        assertThat(codes.of("CONSULTATION")).isEqualTo(Optional.empty());
    }

    @Test
    void everyTechniqueANoteMayRecordIsEitherBilledOrNot() {
        for (String technique : NoteCodes.TECHNIQUES) {
            assertThat(codes.isNotBilled(technique) || codes.of(technique).isPresent()).as(technique).isTrue();
        }
    }

    @Test
    void theCodesCarryOurOwnShortNamesNotTheDescriptors() {
        assertThat(codes.name("97124")).isEqualTo("Massage");
        assertThat(codes.name("97140")).isEqualTo("Manual therapy");
        assertThat(codes.all()).extracting(ProcedureCodes.Code::code).containsExactly("97124", "97140");
    }
}
