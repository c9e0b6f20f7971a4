package org.reliefdesk.interop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reliefdesk.accounts.Accounts;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.diary.Diary;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.PastSessions;
import org.reliefdesk.support.TestData;
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
            Api.anonymous(port).post("/api/v1/register", Map.of("email", ReportDemoData.EMAIL, "password",
                    TestData.PASSWORD, "fullName", "Casey Client", "dateOfBirth", "1988-04-09"));
        }
        var client = accounts.findByEmail(ReportDemoData.EMAIL).flatMap(a -> clients.findByUser(a.id())).orElseThrow();
        if (reports.of(client).course().firstSession() == null) {
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
