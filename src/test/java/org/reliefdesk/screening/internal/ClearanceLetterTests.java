package org.reliefdesk.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.reliefdesk.accounts.Practice;
import org.reliefdesk.clients.Client;
import org.reliefdesk.intake.IntakeForm;
import org.reliefdesk.intake.SubmittedIntake;
import org.reliefdesk.screening.Flag;
import org.reliefdesk.screening.Screening;
import org.reliefdesk.support.IntakeFixtures;
import org.springframework.context.support.ResourceBundleMessageSource;
import tools.jackson.databind.json.JsonMapper;

class ClearanceLetterTests {

    private static final IntakeForm FORM = IntakeForm.standard();
    private static final RuleBook RULES = RuleBook.standard(FORM);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-12T09:00:00Z"), ZoneOffset.UTC);

    static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    private static SubmittedIntake intake(Map<String, Object> answers) {
        var check = FORM.check(JsonMapper.builder().build().valueToTree(answers), LocalDate.now(CLOCK));
        check.throwIfInvalid();
        return new SubmittedIntake(UUID.randomUUID(), UUID.randomUUID(), 1, 1, CLOCK.instant(), check.answers());
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/screening");
        messages.setDefaultEncoding("UTF-8");
        return messages;
    }

    @Test
    void namesEachConcernWithTheAnswersBehindItAndLeavesALineForTheSignature() throws IOException {
        var answers = IntakeFixtures.with(IntakeFixtures.episodicMigraine(), "warning.newOrChanged", true);
        answers = IntakeFixtures.with(answers, "health.anticoagulants", true);
        SubmittedIntake intake = intake(answers);
        ScreeningEngine.Evaluation e = new ScreeningEngine(RULES).evaluate(intake.answers(), LocalDate.now(CLOCK));
        Screening screening = new Screening(intake.id(), intake.clientId(), 1, e.status(), e.flags(), e.restrictions(),
                e.headachePattern(), e.midas(), null);
        List<Concerns.Concern> concerns = new Concerns(RULES, FORM, CLOCK).of(screening, intake);
        Client client = new Client(intake.clientId(), UUID.randomUUID(), "Robin Reader", "robin@example.org",
                LocalDate.of(1985, 6, 15), null);
        Practice.Details practice = new Practice.Details("Harbour Headache Massage", "1 Quay Street, Portland",
                "+1 207 555 0199", "desk@harbour.example", null);

        byte[] pdf = ClearanceLetter.write(new ClearanceLetter.Content(practice, client, intake, LocalDate.now(CLOCK),
                concerns.stream().filter(c -> c.flag().severity().equals("CLEARANCE")).toList(),
                concerns.stream().map(Concerns.Concern::flag).filter(f -> f.severity().equals("CAUTION")).toList(),
                "Temples, Back of the neck, Shoulders", LocalDate.now(CLOCK)), messages());
        String text = text(pdf).replaceAll("\\s+", " ");

        assertThat(text).contains("Harbour Headache Massage", "1 Quay Street, Portland", "desk@harbour.example",
                "Request for medical clearance", "Robin Reader", "15 June 1985", "Dr Mira Patel",
                "Are your headaches new, or clearly different, in the last 3 months? — Yes",
                "Physician’s signature", "Massage may go ahead", "not a diagnosis");
        assertThat(text).contains(flag(screening, "NEW_OR_CHANGED").therapistReason().substring(0, 30));
        assertThat(text).contains("Anticoagulants");
        assertThat(text).doesNotContain("THUNDERCLAP");
    }

    private static Flag flag(Screening screening, String code) {
        return screening.flags().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
    }
}
