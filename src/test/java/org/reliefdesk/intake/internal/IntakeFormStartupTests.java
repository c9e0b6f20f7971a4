package org.reliefdesk.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.intake.IntakeForm;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The form definition is checked when the application starts: a broken one stops it with a clear message. */
class IntakeFormStartupTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(IntakeFormConfiguration.class);

    @Test
    void theBundledFormLoads() {
        context.run(started -> assertThat(started.getBean(IntakeForm.class).questions()).hasSize(74));
    }

    @Test
    void aBrokenFormStopsTheApplication(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("form.yml");
        Files.writeString(file, """
                version: 1
                sections:
                  - code: about
                    title: About
                    questions:
                      - {code: about.pregnancyTrimester, type: INTEGER, label: Trimester,
                         askedWhen: {code: about.pregnant, eq: true}, askedWhenText: only when pregnant}
                """);
        context.withPropertyValues("reliefdesk.intake.form=file:" + file).run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause()
                    .hasMessageContaining("about.pregnancyTrimester.askedWhen: unknown intake code 'about.pregnant'");
        });
    }
}
