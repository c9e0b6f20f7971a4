package org.reliefdesk.billing.superbills;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reliefdesk.accounts.Accounts;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.scheduling.Bookings;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.PastSessions;
import org.reliefdesk.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class SuperbillsDemoDataTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clients clients;
    @Autowired
    Bookings bookings;
    @Autowired
    Accounts accounts;
    @Autowired
    Diagnoses diagnoses;
    @Autowired
    Clock clock;

    @AfterEach
    void tearDown() {
        jdbc.sql("update practice set tax_id = '', npi = '' where id = 1").update();
    }

    @Test
    void theDemoGetsTaxIdNpiAndOneDiagnosisOnFileOnce() {
        if (!accounts.exists(SuperbillsDemoData.THERAPIST)) {
            Api.anonymous(port).as(TestData.ADMIN_EMAIL, TestData.PASSWORD).post("/api/v1/staff", Map.of("email",
                    SuperbillsDemoData.THERAPIST, "password", TestData.PASSWORD, "fullName", "Tara Therapist",
                    "role", "THERAPIST"));
        }
        String email = "superbill-" + UUID.randomUUID().toString().substring(0, 8) + "@demo.reliefdesk.local";
        String clientId = TestData.registerClient(Api.anonymous(port), email);
        for (int i = 1; i <= 12; i++) {
            PastSessions.on(jdbc, clientId, LocalDate.now().minusDays(i), "COMPLETED");
        }
        SuperbillsDemoData demo = new SuperbillsDemoData(jdbc, clients, bookings, accounts, diagnoses, clock);

        demo.seed();
        demo.seed();

        UUID target = demo.target().orElseThrow().id();
        assertThat(diagnoses.onFile(target)).hasSize(1).first()
                .satisfies(d -> assertThat(d.code()).isEqualTo("G43.009"));
        var ids = jdbc.sql("select tax_id, npi from practice where id = 1").query().singleRow();
        assertThat(ids.get("tax_id")).isEqualTo("12-3456789");
        assertThat(luhnValidNpi((String) ids.get("npi"))).isTrue();
    }

    /** An NPI's check digit is the Luhn digit of 80840 followed by its first nine digits. */
    static boolean luhnValidNpi(String npi) {
        String digits = "80840" + npi;
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                d = d > 9 ? d - 9 : d;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
