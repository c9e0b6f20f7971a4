package org.reliefdesk.interop.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import ca.uhn.fhir.context.FhirContext;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.junit.jupiter.api.Test;
import org.reliefdesk.diary.Diary;
import org.reliefdesk.interop.report.ReportCourseAccess;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.PdfText;
import org.reliefdesk.support.TestData;
import org.reliefdesk.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class RecordExportTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Diary diary;

    @Test
    void theClientDownloadsTheirWholeRecordAsANamedZip() throws Exception {
        var course = ReportCourseAccess.create(port, jdbc, diary, "Zoë O'Export");
        assertThat(course.therapist().post("/api/v1/clients/" + course.clientId() + "/plans",
                Map.of("serviceCode", "MEDICAL_MASSAGE_60")).status()).isEqualTo(201);
        Api.Response response = course.client().get("/api/v1/clients/" + course.clientId() + "/export");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/zip");
        Map<String, byte[]> entries = unzip(response.bytes());
        assertThat(entries.keySet()).containsExactly("bundle.json", "progress-report.pdf", "plan-v1.pdf", "diary.csv");

        Bundle bundle = FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class,
                new String(entries.get("bundle.json"), StandardCharsets.UTF_8));
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.SEARCHSET);
        assertThat(bundle.getEntry()).anyMatch(e -> e.getResource() instanceof Composition);
        assertThat(PdfText.of(entries.get("progress-report.pdf"))).contains("Headache days: 11 → 3");
        assertThat(PdfText.of(entries.get("plan-v1.pdf"))).contains("Your session plan");

        var rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(entries.get("diary.csv"), StandardCharsets.UTF_8))).getRecords();
        assertThat(rows).hasSize(course.diaryDays());
        CSVRecord first = rows.get(0);
        assertThat(first.get("date")).isEqualTo(course.start().minusDays(28).toString());
        assertThat(first.get("headache")).isEqualTo("true");
        assertThat(first.get("peakIntensity")).isEqualTo("6");
        assertThat(first.get("acuteMedication")).isEqualTo("TRIPTAN");
        assertThat(first.get("triggers")).isEqualTo("STRESS");
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly("date", "headache", "peakIntensity",
                "durationHours", "acuteMedication", "triggers", "note");
    }

    @Test
    void theFileIsNamedForTheClientAndOnlyTheClientOrAnAdminMayExport() {
        String email = TestData.uniqueEmail("exporter");
        String clientId = TestData.registerClient(Api.anonymous(port), email);
        jdbc.sql("update client set full_name = 'Zoë O''Brien' where id = :id").param("id", UUID.fromString(clientId))
                .update();
        String path = "/api/v1/clients/" + clientId + "/export";
        Api.Response mine = Tokens.bearer(port, email).get(path);
        assertThat(mine.status()).isEqualTo(200);
        String other = TestData.uniqueEmail("nosy");
        TestData.registerClient(Api.anonymous(port), other);
        assertThat(Tokens.bearer(port, other).get(path).status()).isEqualTo(404);
        assertThat(as(TestData.createStaff(Api.anonymous(port), "THERAPIST")).get(path).status()).isEqualTo(403);
        assertThat(as(TestData.createStaff(Api.anonymous(port), "FRONT_DESK")).get(path).status()).isEqualTo(403);
        assertThat(as(TestData.ADMIN_EMAIL).get(path).status()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from audit_event where client_id = :c and action = 'EXPORT_RECORD'")
                .param("c", UUID.fromString(clientId)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theDispositionNamesTheZip(@Autowired RecordExport export,
            @Autowired org.reliefdesk.accounts.Accounts accounts) {
        String email = TestData.uniqueEmail("named");
        String clientId = TestData.registerClient(Api.anonymous(port), email);
        jdbc.sql("update client set full_name = 'Zoë O''Brien' where id = :id").param("id", UUID.fromString(clientId))
                .update();
        var account = accounts.findByEmail(email).orElseThrow();
        var user = new org.reliefdesk.accounts.ReliefDeskUser(account.id(), account.email(), account.fullName(),
                account.role(), null);
        assertThat(export.export(UUID.fromString(clientId), user, java.util.Locale.ENGLISH).filename())
                .isEqualTo("reliefdesk-record-zoe-o-brien-" + diary.today() + ".zip");
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    Api as(String email) {
        return Api.anonymous(port).as(email, TestData.PASSWORD);
    }
}
