package org.reliefdesk.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reliefdesk.accounts.Practice;
import org.reliefdesk.clients.Client;
import org.reliefdesk.intake.IntakeForm;
import org.reliefdesk.intake.SubmittedIntake;
import org.reliefdesk.intake.internal.FormTranslation;
import org.reliefdesk.screening.Flag;
import org.reliefdesk.screening.Screening;
import org.reliefdesk.shared.Pdfs;
import org.reliefdesk.support.Documents;
import org.reliefdesk.support.IntakeFixtures;
import org.reliefdesk.support.PdfText;
import org.springframework.context.support.ResourceBundleMessageSource;
import tools.jackson.databind.json.JsonMapper;

class ClearanceLetterTests {

    private static final IntakeForm FORM = IntakeForm.standard();
    private static final RuleBook RULES = RuleBook.standard(FORM);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-12T09:00:00Z"), ZoneOffset.UTC);

    private static final Pdfs PDFS = Documents.pdfs("i18n/documents");
    private static final Locale EN_US = Locale.forLanguageTag("en-US");
    private static final Locale ES_US = Locale.forLanguageTag("es-US");

    private static SubmittedIntake intake(Map<String, Object> answers) {
        var check = FORM.check(JsonMapper.builder().build().valueToTree(answers), LocalDate.now(CLOCK));
        check.throwIfInvalid();
        return new SubmittedIntake(UUID.randomUUID(), UUID.randomUUID(), 1, 1, CLOCK.instant(), check.answers());
    }

    @Test
    void namesEachConcernWithTheAnswersBehindItAndLeavesALineForTheSignature() throws IOException {
        Screening screening = screening();
        byte[] pdf = ClearanceLetter.write(content(screening, "Tara Therapist"), PDFS, EN_US);
        String text = PdfText.of(pdf);

        assertThat(text).contains("Harbour Headache Massage", "1 Quay Street, Portland", "desk@harbour.example",
                "Request for medical clearance", "Robin Reader", "June 15, 1985", "Dr Mira Patel",
                "Are your headaches new, or clearly different, in the last 3 months? — Yes",
                "Physician’s signature", "Massage may go ahead", "not a diagnosis");
        assertThat(text).contains(flag(screening, "NEW_OR_CHANGED").therapistReason().substring(0, 30));
        assertThat(text).contains("Anticoagulants");
        assertThat(text).doesNotContain("THUNDERCLAP");
    }

    @Test
    void isSignedByTheTherapistOnOneTaggedTitledLetterPage() throws IOException {
        byte[] pdf = ClearanceLetter.write(content(screening(), "Tara Therapist"), PDFS, EN_US);
        assertThat(PdfText.of(pdf)).contains("Yours sincerely, Tara Therapist Massage therapist, Harbour Headache Massage");
        assertThat(PdfText.pages(pdf)).isEqualTo(1);
        assertThat(PdfText.title(pdf)).isEqualTo("Request for medical clearance before massage · Robin Reader");
        assertThat(PdfText.language(pdf)).isEqualTo("en-US");
        assertThat(PdfText.tagged(pdf)).isTrue();
        assertThat(PdfText.paper(pdf)).isEqualTo("Letter");
    }

    @Test
    void readsInSpanishAndIsA4ForAPracticeOutsideTheLetterCountries() throws IOException {
        byte[] spanish = ClearanceLetter.write(content(screening(), null), PDFS, ES_US);
        assertThat(PdfText.of(spanish)).contains("Solicitud de autorización médica", "15 de junio de 1985",
                "Su valoración", "El equipo de masajistas terapéuticos");
        assertThat(PdfText.title(spanish)).startsWith("Solicitud de autorización médica");
        assertThat(PdfText.language(spanish)).isEqualTo("es-US");
        assertThat(PdfText.pages(spanish)).isEqualTo(1);
        assertThat(PdfText.paper(spanish)).isEqualTo("Letter");
        byte[] german = ClearanceLetter.write(content(screening(), null), PDFS, Locale.forLanguageTag("en-DE"));
        assertThat(PdfText.paper(german)).isEqualTo("A4");
        assertThat(PdfText.pages(german)).isEqualTo(1);
    }

    @Test
    void saysTheConcernsTheAnswersAndTheAreasInTheReadersLanguage() throws IOException {
        Screening screening = screening();
        SubmittedIntake intake = INTAKES.get(screening);
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "i18n/intake", "i18n/screening");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        IntakeForm spanishForm = new FormTranslation().in(FORM, ES_US);
        Screening spanish = new RuleTexts(RULES).in(screening, ES_US);
        List<Concerns.Concern> concerns = new Concerns(RULES, CLOCK).of(spanish, intake, spanishForm,
                Concerns.Words.in(messages, ES_US, CLOCK.getZone()));
        String areas = spanishForm.question("focus.areas").orElseThrow().describe(intake.answers().set("focus.areas"));
        ClearanceLetter.Content content = new ClearanceLetter.Content(PRACTICE, CLIENT, intake, LocalDate.now(CLOCK),
                concerns.stream().filter(c -> c.flag().severity().equals("CLEARANCE")).toList(),
                concerns.stream().map(Concerns.Concern::flag).filter(f -> f.severity().equals("CAUTION")).toList(),
                areas, LocalDate.now(CLOCK), "Tara Therapist");

        String text = PdfText.of(ClearanceLetter.write(content, PDFS, ES_US));

        assertThat(text).contains(flag(spanish, "NEW_OR_CHANGED").therapistReason().substring(0, 30), areas, " — Sí");
        assertThat(flag(spanish, "NEW_OR_CHANGED").therapistReason())
                .isNotEqualTo(flag(screening, "NEW_OR_CHANGED").therapistReason());
        assertThat(text).doesNotContain("Are your headaches new", "Temples", " — Yes");
    }

    private static final Client CLIENT = new Client(UUID.randomUUID(), UUID.randomUUID(), "Robin Reader",
            "robin@example.org", LocalDate.of(1985, 6, 15), null);
    private static final Practice.Details PRACTICE = new Practice.Details("Harbour Headache Massage",
            "1 Quay Street, Portland", "+1 207 555 0199", "desk@harbour.example", null);

    private static Screening screening() {
        var answers = IntakeFixtures.with(IntakeFixtures.episodicMigraine(), "warning.newOrChanged", true);
        answers = IntakeFixtures.with(answers, "health.anticoagulants", true);
        SubmittedIntake intake = intake(answers);
        ScreeningEngine.Evaluation e = new ScreeningEngine(RULES).evaluate(intake.answers(), LocalDate.now(CLOCK));
        Screening screening = new Screening(intake.id(), intake.clientId(), 1, e.status(), e.flags(), e.restrictions(),
                e.headachePattern(), e.midas(), null);
        INTAKES.put(screening, intake);
        return screening;
    }

    private static final Map<Screening, SubmittedIntake> INTAKES = new java.util.IdentityHashMap<>();

    private static ResourceBundleMessageSource englishMessages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "i18n/intake", "i18n/screening");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static ClearanceLetter.Content content(Screening screening, String therapist) {
        SubmittedIntake intake = INTAKES.get(screening);
        List<Concerns.Concern> concerns = new Concerns(RULES, CLOCK).of(screening, intake, FORM,
                Concerns.Words.in(englishMessages(), Locale.US, CLOCK.getZone()));
        Client client = new Client(intake.clientId(), UUID.randomUUID(), "Robin Reader", "robin@example.org",
                LocalDate.of(1985, 6, 15), null);
        Practice.Details practice = new Practice.Details("Harbour Headache Massage", "1 Quay Street, Portland",
                "+1 207 555 0199", "desk@harbour.example", null);
        return new ClearanceLetter.Content(practice, client, intake, LocalDate.now(CLOCK),
                concerns.stream().filter(c -> c.flag().severity().equals("CLEARANCE")).toList(),
                concerns.stream().map(Concerns.Concern::flag).filter(f -> f.severity().equals("CAUTION")).toList(),
                "Temples, Back of the neck, Shoulders", LocalDate.now(CLOCK), therapist);
    }

    private static Flag flag(Screening screening, String code) {
        return screening.flags().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
    }
}
