package org.reliefdesk.billing.superbills;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.support.PdfText;
import org.reliefdesk.audit.AuditLog;
import org.reliefdesk.billing.Invoices;
import org.reliefdesk.billing.Money;
import org.reliefdesk.billing.NewInvoice;
import org.reliefdesk.billing.PaymentMethod;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.PastSessions;
import org.reliefdesk.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class SuperbillApiTests {

    static final LocalDate TODAY = LocalDate.now();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Invoices invoices;
    @Autowired
    AuditLog audit;
    String clientEmail;
    String clientId;
    String therapistEmail;
    Api therapist;
    UUID noted;

    @BeforeEach
    void setUp() {
        clientEmail = TestData.uniqueEmail("superbilled");
        clientId = TestData.registerClient(Api.anonymous(port), clientEmail);
        therapistEmail = TestData.createStaff(Api.anonymous(port), "THERAPIST");
        therapist = as(therapistEmail);
        noted = signedSession(TODAY.minusDays(10));
        jdbc.sql("update therapist set licence_number = 'LMT-4471', licence_region = 'ME' where id = "
                + "(select id from app_user where email = :e)").param("e", therapistEmail).update();
        jdbc.sql("update practice set tax_id = '12-3456789', npi = '1234567893' where id = 1").update();
    }

    /** The practice row is shared by every test: leave its tax id and NPI as found (empty). */
    @org.junit.jupiter.api.AfterEach
    void tearDown() {
        jdbc.sql("update practice set tax_id = '', npi = '' where id = 1").update();
    }

    Api as(String email) {
        return Api.anonymous(port).as(email, TestData.PASSWORD);
    }

    /** A completed session with a signed note: 38 min of massage, 17 of trigger-point work, 5 of talk. */
    UUID signedSession(LocalDate day) {
        UUID booking = PastSessions.with(jdbc, clientId, day, "COMPLETED", therapistEmail);
        String note = "/api/v1/bookings/" + booking + "/note";
        Map<String, Object> body = new HashMap<>();
        body.put("subjective", "Two migraines since the last visit.");
        body.put("objective", "Trigger point in the right upper trapezius.");
        body.put("assessment", "Responding.");
        body.put("plan", "Weekly.");
        body.put("painBefore", 5);
        body.put("painAfter", 2);
        body.put("techniquesUsed", List.of(Map.of("technique", "CONSULTATION", "minutes", 5),
                Map.of("technique", "KNEADING", "area", "UPPER_BACK", "minutes", 20),
                Map.of("technique", "TRIGGER_POINT", "area", "SHOULDERS", "minutes", 17),
                Map.of("technique", "STRETCHING", "area", "NECK_BACK", "minutes", 18)));
        assertThat(therapist.post(note, body).status()).isEqualTo(201);
        assertThat(therapist.post(note + "/sign", null).status()).isEqualTo(200);
        return booking;
    }

    String superbill(Api api, LocalDate from, LocalDate to) throws Exception {
        var response = api.get("/api/v1/clients/" + clientId + "/superbill.pdf?from=" + from + "&to=" + to);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/pdf");
        assertThat(PdfText.pages(response.bytes())).isEqualTo(1);
        return PdfText.of(response.bytes());
    }

    @Test
    void theClientsSuperbillCarriesTheCodesAndUnitsOfTheSignedNoteAndSaysDiagnosisFromYourPhysician()
            throws Exception {
        invoices.issue(new NewInvoice(UUID.fromString(clientId), noted, null,
                List.of(new NewInvoice.NewLine("Medical massage, 60 minutes", 1, money("95.00"), null)),
                List.of(new NewInvoice.NewPayment(PaymentMethod.CARD, money("60.00"), "T-1", null))), null);

        String text = superbill(as(clientEmail), TODAY.minusDays(20), TODAY.minusDays(1));

        assertThat(text).contains("97124 \u00d7 3").contains("97140 \u00d7 1").doesNotContain("97124 \u00d7 4");
        assertThat(text).contains("Diagnosis: from your physician");
        assertThat(text).contains("12-3456789").contains("1234567893").contains("LMT-4471 (ME)");
        assertThat(text).contains("Test Client").contains("95.00").contains("60.00");
        assertThat(text).contains("Massage").contains("Manual therapy");
    }

    @Test
    void aDiagnosisOnFileIsPrintedAndOnlyCompletedSessionsInTheRangeCount() throws Exception {
        Map<String, Object> letter = Map.of("code", "G43.009", "description", "Migraine without aura",
                "diagnosedBy", "Dr. Ana Ruiz", "diagnosedOn", TODAY.minusDays(60).toString());
        assertThat(therapist.post("/api/v1/clients/" + clientId + "/diagnoses", letter).status()).isEqualTo(201);
        signedSession(TODAY.minusDays(40));
        PastSessions.with(jdbc, clientId, TODAY.minusDays(8), "NO_SHOW", therapistEmail);

        String text = superbill(therapist, TODAY.minusDays(20), TODAY.minusDays(1));

        assertThat(text).contains("G43.009").contains("Migraine without aura").contains("Dr. Ana Ruiz");
        assertThat(text).doesNotContain("from your physician");
        assertThat(text.split("97124 \u00d7 3", -1)).hasSize(2);
        assertThat(audit.list(UUID.fromString(clientId), "READ_SUPERBILL", PageParams.of(0, 5)).total()).isEqualTo(1);
    }

    @Test
    void withoutASignedNoteTheMinutesAreThoseOfTheAcceptedPlanTheSessionWasBookedUnder() throws Exception {
        UUID plan = acceptedPlan(List.of(new Object[] {"CONSULTATION", 5}, new Object[] {"KNEADING", 25},
                new Object[] {"TRIGGER_POINT", 30}));
        UUID booking = PastSessions.with(jdbc, clientId, TODAY.minusDays(3), "COMPLETED", therapistEmail);
        jdbc.sql("update booking set plan_id = :p, plan_version = 1 where id = :b").param("p", plan)
                .param("b", booking).update();

        String text = superbill(as(clientEmail), TODAY.minusDays(5), TODAY);

        // 55 timed minutes → 4 units: 97140 2 whole, 97124 1 whole + its 10 remaining minutes
        assertThat(text).contains("97124 \u00d7 2, 97140 \u00d7 2 *").contains("accepted session plan");
    }

    UUID acceptedPlan(List<Object[]> blocks) {
        UUID user = jdbc.sql("select id from app_user where email = :e").param("e", therapistEmail)
                .query(UUID.class).single();
        UUID plan = jdbc.sql("""
                insert into plan (client_id, service_code, status, version, accepted_version, in_force_version,
                    created_by) values (:c, 'MEDICAL_MASSAGE_60', 'ACCEPTED', 1, 1, 1, :u) returning id""")
                .param("c", UUID.fromString(clientId)).param("u", user).query(UUID.class).single();
        jdbc.sql("""
                insert into plan_version (plan_id, version, total_minutes, saved_by, accepted_by, accepted_at, signature)
                values (:p, 1, 60, :u, :u, now(), 'Test Client')""").param("p", plan).param("u", user).update();
        int position = 1;
        for (Object[] block : blocks) {
            boolean talk = block[0].equals("CONSULTATION");
            jdbc.sql("""
                    insert into plan_block (plan_id, version, position, minutes, phase, area, technique, pressure)
                    values (:p, 1, :pos, :m, 'FOCUSED', :area, :t, :pressure)""")
                    .param("p", plan).param("pos", position++).param("m", block[1])
                    .param("area", talk ? null : "SHOULDERS").param("t", block[0]).param("pressure", talk ? 0 : 3)
                    .update();
        }
        return plan;
    }

    static Money money(String text) {
        return new Money(new BigDecimal(text));
    }

    @Nested
    class Refused {

        String path() {
            return "/api/v1/clients/" + clientId + "/superbill.pdf?from=" + TODAY.minusDays(20) + "&to=" + TODAY;
        }

        @Test
        void theFrontDeskGets403AndAnotherClient404() {
            assertThat(as(TestData.createStaff(Api.anonymous(port), "FRONT_DESK")).get(path()).status())
                    .isEqualTo(403);
            String stranger = TestData.uniqueEmail("stranger");
            TestData.registerClient(Api.anonymous(port), stranger);
            assertThat(as(stranger).get(path()).status()).isEqualTo(404);
        }

        @Test
        void datesAreRequiredAndFromComesFirst() {
            String base = "/api/v1/clients/" + clientId + "/superbill.pdf";
            var missing = as(clientEmail).get(base + "?from=" + TODAY);
            assertThat(missing.status()).isEqualTo(422);
            assertThat(missing.text()).contains("\"to\"");
            var backwards = as(clientEmail).get(base + "?from=" + TODAY + "&to=" + TODAY.minusDays(1));
            assertThat(backwards.status()).isEqualTo(422);
            assertThat(backwards.text()).contains("\"to\"");
            assertThat(as(clientEmail).get(base + "?from=soon&to=" + TODAY).text()).contains("\"from\"");
        }
    }
}
