package org.reliefdesk.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reliefdesk.intake.IntakeForm;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The rule table is checked when the application starts: a broken rule stops it with a clear message. */
class RuleTableStartupTests {

    static final IntakeForm FORM = IntakeForm.standard();

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withBean(IntakeForm.class, () -> FORM)
            .withUserConfiguration(ScreeningConfiguration.class);

    static String table(String when, String extra) {
        return """
                version: 1
                rules:
                  - id: RF-TEST
                    section: 1
                    when: %s
                    flag: TEST
                    severity: CLEARANCE
                    clientReason: Please see your doctor first.
                    therapistReason: Test rule.
                    source: test
                %s""".formatted(when, extra == null ? "" : extra.indent(4));
    }

    @Test
    void theBundledTableLoadsWithEveryRule() {
        context.run(started -> {
            assertThat(started).hasNotFailed();
            assertThat(started.getBean(RuleBook.class).rules()).hasSize(43);
        });
    }

    @Test
    void anUnknownIntakeCodeStopsTheApplication(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("rules.yml");
        Files.writeString(file, table("{code: warning.thunderclapp, eq: true}", null));
        context.withPropertyValues("reliefdesk.screening.rules=file:" + file).run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause().hasMessageContaining(
                    "RF-TEST.when: unknown intake code 'warning.thunderclapp'");
            assertThat(started.getStartupFailure()).hasStackTraceContaining("Screening rules")
                    .hasStackTraceContaining("are invalid");
        });
    }

    static Stream<Arguments> brokenRules() {
        String fever = "{code: warning.fever, eq: true}";
        return Stream.of(
                Arguments.of("{code: health.hypertension, eq: HIGH}", null,
                        "'eq' on health.hypertension needs one of [NONE, CONTROLLED, UNCONTROLLED]"),
                Arguments.of("{code: warning.fever, gte: 1}", null, "'gte' does not fit warning.fever (BOOLEAN)"),
                Arguments.of("{code: warning.fever, eq: true, ne: false}", null,
                        "a comparison needs 'code' and exactly one operator"),
                Arguments.of("{code: warning.fever, like: true}", null, "unknown operator 'like'"),
                Arguments.of("{code: health.neckConditions, containsAny: [SPINE]}", null,
                        "'containsAny' on health.neckConditions needs one of"),
                Arguments.of("{all: []}", null, "'all' needs a non-empty list of conditions"),
                Arguments.of("{code: age, gte: fifty}", null, "'gte' on age needs a number"),
                Arguments.of(fever, "restrictions: [{modality: SAUNA, level: AVOID}]\nrestrictionReason: x",
                        "unknown Modality 'SAUNA'"),
                Arguments.of(fever, "restrictions: [{modality: HOT_STONE, level: AVOID, areas: [KNEES]}]\n"
                        + "restrictionReason: x", "unknown area 'KNEES'"),
                Arguments.of(fever, "restrictions: [{modality: HOT_STONE, level: AVOID}]", "needs a restrictionReason"),
                Arguments.of(fever, "severity2: x", "unknown key 'severity2'"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("brokenRules")
    void aBrokenRuleIsRefusedWithTheRuleAndTheProblem(String when, String extra, String message) {
        String yaml = table(when, extra == null ? null : extra.replace("\\n", "\n"));
        assertThatThrownBy(() -> read(yaml)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Screening rules test are invalid: RF-TEST")
                .hasMessageContaining(message);
    }

    @Test
    void aReasonThatSpeaksOfADiagnosisIsRefused() {
        String yaml = table("{code: warning.fever, eq: true}", null)
                .replace("Please see your doctor first.", "Our diagnosis is meningitis.");
        assertThatThrownBy(() -> read(yaml)).hasMessageContaining("clientReason must not speak of a diagnosis");
    }

    @Test
    void onlySectionOneRulesAreWarningSignsAndIdsAreUnique() {
        String section4 = table("{code: warning.fever, eq: true}", "warningSign: true").replace("section: 1", "section: 4");
        assertThatThrownBy(() -> read(section4)).hasMessageContaining("only section-1 URGENT or CLEARANCE rules");
        String once = table("{code: warning.fever, eq: true}", null);
        String twice = once + once.substring(once.indexOf("  - id:"));
        assertThatThrownBy(() -> read(twice)).hasMessageContaining("RF-TEST: appears twice");
    }

    private static RuleBook read(String yaml) {
        return RuleBookReader.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test", FORM);
    }
}
