package org.reliefdesk.interop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.junit.jupiter.api.Test;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.diary.Diary;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.FhirValidation;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.PdfText;
import org.reliefdesk.support.TestData;
import org.reliefdesk.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ProgressReportTests {

    static final String CAVEAT = "not proof that massage caused any change";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Diary diary;
    @Autowired
    ProgressReports reports;
    @Autowired
    ProgressReportComposition compositions;
    @Autowired
    Clients clients;

    String path(String clientId) {
        return "/api/v1/clients/" + clientId + "/progress-report.pdf";
    }

    @Test
    void theReportGivesEachFigureOnALineWithItsLabelAndTheCaveatOnce() throws Exception {
        ReportCourse course = new ReportCourse(port, jdbc, diary, "Paula Progress");
        Api.Response response = course.client.get(path(course.clientId));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/pdf");
        String text = PdfText.of(response.bytes());
        assertThat(text).contains("Massage therapy progress report", "Client: Paula Progress",
                "Date of birth: Jun 15, 1985", "First session: " + us(course.start), "Sessions attended: 6",
                "Signed session notes: 6", "Technique trigger-point release: 120 minutes over 6 sessions",
                "Headache days: 11 → 3", "Headache-free days: 17 → 25",
                "Mean peak intensity (0-10, on headache days): 6.0 → 6.0", "Acute-medication days: 11 → 0",
                "Change in headache days: -72.7 %", "50 % responder (headache days halved or better): yes",
                "MIDAS: 11 (grade III) → 9 (grade II, " + us(diary.today()) + ")",
                "Headache days per week", us(course.start.plusWeeks(1)) + ": " + ReportCourse.REACTION,
                "Screening status: cleared for massage", "Therapist(s): Staff THERAPIST");
        assertThat(text).doesNotContain("insufficient data");
        assertThat(text.split(CAVEAT, -1)).hasSize(2);
        assertThat(PdfText.title(response.bytes())).isEqualTo("Massage therapy progress report · Paula Progress");
        assertThat(PdfText.tagged(response.bytes())).isTrue();
        assertThat(PdfText.paper(response.bytes())).isEqualTo("Letter");
        jdbc.sql("update app_user set preferred_language = 'es' where id = (select user_id from client where id = :id)")
                .param("id", UUID.fromString(course.clientId)).update();
        byte[] spanish = course.client.get(path(course.clientId)).bytes();
        assertThat(PdfText.of(spanish)).contains("15 jun. 1985");
        assertThat(PdfText.language(spanish)).isEqualTo("es-US");
        assertThat(PdfText.title(spanish)).endsWith("· Paula Progress").doesNotStartWith("Massage therapy");
        assertThat(PdfText.of(spanish)).as("es-US writes decimals with a point, as Java's es-US locale does")
                .contains("(0-10, en días con cefalea): 6.0 → 6.0", "Cambio en los días con cefalea: -72.7 %");
        Api admin = Api.anonymous(port).as(TestData.ADMIN_EMAIL, TestData.PASSWORD);
        try {
            assertThat(admin.put("/api/v1/practice", TestData.practiceChange(admin, java.util.Map.of("country", "ES")))
                    .status()).isEqualTo(200);
            byte[] spain = course.client.get(path(course.clientId)).bytes();
            assertThat(PdfText.language(spain)).isEqualTo("es-ES");
            assertThat(PdfText.of(spain)).as("es-ES writes decimals with a comma")
                    .contains("(0-10, en días con cefalea): 6,0 → 6,0", "Cambio en los días con cefalea: -72,7 %");
            Composition composition = compositions.of(reports.of(clients.find(UUID.fromString(course.clientId))
                    .orElseThrow()), Locale.forLanguageTag("es"));
            assertThat(FhirContext.forR4Cached().newJsonParser().encodeResourceToString(composition))
                    .as("the Composition follows the same rule as the PDF").contains("-72,7 %");
        } finally {
            admin.put("/api/v1/practice", TestData.practiceChange(admin, java.util.Map.of("country", "US")));
        }
    }

    private static String us(java.time.LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("MMM d, yyyy", java.util.Locale.US));
    }

    @Test
    void aClientWithoutEnoughDiarySaysInsufficientDataPlainly() throws Exception {
        String email = TestData.uniqueEmail("thin");
        String clientId = TestData.registerClient(Api.anonymous(port), email);
        String text = PdfText.of(Tokens.bearer(port, email).get(path(clientId)).bytes());
        assertThat(text).contains("Diary comparison: insufficient data (no attended session yet",
                "MIDAS: insufficient data", "Sessions attended: 0", "Adverse reactions", "None recorded.",
                "Screening status: no intake on file");
        assertThat(text.split(CAVEAT, -1)).hasSize(2);
    }

    @Test
    void aWindowWithTooFewLoggedDaysIsInsufficientAndNoChangeIsGuessed() throws Exception {
        String email = TestData.uniqueEmail("gaps");
        String clientId = TestData.registerClient(Api.anonymous(port), email);
        org.reliefdesk.support.PastSessions.on(jdbc, clientId, diary.today().minusDays(30), "COMPLETED");
        String text = PdfText.of(Tokens.bearer(port, email).get(path(clientId)).bytes());
        assertThat(text).contains("Headache days: insufficient data → insufficient data",
                "Change in headache days: insufficient data", "50 % responder (headache days halved or better): "
                        + "insufficient data", "0 of 28 days logged — insufficient data (at least 20 logged days needed)");
    }

    @Test
    void theClientTherapistsAndAdminsReadItFrontDeskIs403AnotherClient404AndStaffReadsAreAudited() {
        String email = TestData.uniqueEmail("rules");
        String clientId = TestData.registerClient(Api.anonymous(port), email);
        String other = TestData.uniqueEmail("other");
        TestData.registerClient(Api.anonymous(port), other);
        String therapistEmail = TestData.createStaff(Api.anonymous(port), "THERAPIST");
        assertThat(Tokens.bearer(port, email).get(path(clientId)).status()).isEqualTo(200);
        assertThat(Tokens.bearer(port, other).get(path(clientId)).status()).isEqualTo(404);
        assertThat(as(therapistEmail).get(path(clientId)).status()).isEqualTo(200);
        assertThat(as(TestData.ADMIN_EMAIL).get(path(clientId)).status()).isEqualTo(200);
        assertThat(as(TestData.createStaff(Api.anonymous(port), "FRONT_DESK")).get(path(clientId)).status())
                .isEqualTo(403);
        assertThat(Api.anonymous(port).get(path(clientId)).status()).isEqualTo(401);
        assertThat(as(TestData.ADMIN_EMAIL).get(path(UUID.randomUUID().toString())).status()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from audit_event where client_id = :c and action = 'READ_PROGRESS_REPORT'")
                .param("c", UUID.fromString(clientId)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theCompositionValidatesAndCarriesTheSameLines() {
        ReportCourse course = new ReportCourse(port, jdbc, diary, "Cora Composition");
        Composition composition = compositions.of(reports.of(clients.find(UUID.fromString(course.clientId))
                .orElseThrow()), Locale.ENGLISH);
        String json = FhirContext.forR4Cached().newJsonParser().encodeResourceToString(composition);
        assertThat(FhirValidation.errors(json)).isEmpty();
        System.out.println("Composition warnings: " + FhirValidation.warnings(json));
        assertThat(composition.getType().getCodingFirstRep().getCode()).isEqualTo("11506-3");
        assertThat(composition.getSubject().getReference()).isEqualTo("Patient/" + course.clientId);
        assertThat(composition.getAuthorFirstRep().getReference()).startsWith("Practitioner/");
        assertThat(json).contains("Headache days: 11 → 3", ReportCourse.REACTION);
        assertThat(json.split(CAVEAT, -1)).hasSize(2);
    }

    @Test
    void theCompositionIsInTheEverythingBundle(@Autowired org.reliefdesk.interop.fhir.EverythingBundle everything,
            @Autowired org.reliefdesk.accounts.Accounts accounts) {
        String email = TestData.uniqueEmail("bundled");
        String clientId = TestData.registerClient(Api.anonymous(port), email);
        var account = accounts.findByEmail(email).orElseThrow();
        var user = new org.reliefdesk.accounts.ReliefDeskUser(account.id(), account.email(), account.fullName(),
                account.role(), null);
        Bundle bundle = everything.everything(UUID.fromString(clientId), user);
        assertThat(bundle.getEntry()).anyMatch(e -> e.getResource() instanceof Composition c
                && c.getIdElement().getIdPart().equals("progress-report-" + clientId));
    }

    Api as(String email) {
        return Api.anonymous(port).as(email, TestData.PASSWORD);
    }
}
