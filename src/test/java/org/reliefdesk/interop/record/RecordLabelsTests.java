package org.reliefdesk.interop.record;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecordLabelsTests {

    @Test
    void showsAnUnknownCodeReadably() {
        assertThat(RecordLabels.readable("EXPORT_RECORD")).isEqualTo("Export record");
        assertThat(RecordLabels.readable("Patient")).isEqualTo("Patient");
    }

    @Test
    void keepsRetentionInYearsWithSevenByDefault() {
        assertThat(new RetentionSettings(null).years()).isEqualTo(7);
        assertThat(new RetentionSettings(null).purgeAfter(java.time.Instant.parse("2026-03-01T10:00:00Z")))
                .isEqualTo(java.time.Instant.parse("2033-03-01T10:00:00Z"));
    }
}
