package org.reliefdesk.interop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reliefdesk.accounts.Accounts;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.diary.Diary;
import org.reliefdesk.shared.DemoSeeder;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.PastSessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ReportDemoDataTests {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Clients clients;
    @Autowired
    Diary diary;
    @Autowired
    ProgressReports reports;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoClientGetsBothWindowsFullyLoggedOnceAndASecondRunAddsNothing() {
        if (!accounts.exists(ReportDemoData.EMAIL)) {
            // with the demo password, as the screening demo (which signs in as Casey) expects
            Api.anonymous(port).post("/api/v1/register", Map.of("email", ReportDemoData.EMAIL, "password",
                    DemoSeeder.DEMO_PASSWORD, "fullName", "Casey Client", "dateOfBirth", "1988-04-09"));
        }
        var client = accounts.findByEmail(ReportDemoData.EMAIL).flatMap(a -> clients.findByUser(a.id())).orElseThrow();
        LocalDate first = reports.of(client).course().firstSession();
        if (first == null || first.isAfter(diary.today().minusDays(35))) { // other tests may have booked Casey lately
            PastSessions.on(jdbc, client.id().toString(), diary.today().minusDays(35), "COMPLETED");
        }
        ReportDemoData demo = new ReportDemoData(accounts, clients, diary, reports);

        demo.seed();
        long after = entries(client.id());
        demo.seed();

        var outcome = reports.of(client).outcome();
        assertThat(outcome.baseline().loggedDays()).isEqualTo(outcome.baseline().days());
        assertThat(outcome.current().loggedDays()).isEqualTo(outcome.current().days());
        assertThat(outcome.insufficientData()).isFalse();
        assertThat(entries(client.id())).isEqualTo(after);
    }

    long entries(UUID clientId) {
        return jdbc.sql("select count(*) from diary_entry where client_id = :c").param("c", clientId)
                .query(Long.class).single();
    }
}
