package org.reliefdesk.clients.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.clients.Clients.NewClient;
import org.reliefdesk.clients.PhoneNumbers;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Demo clients made without a phone get one (so the staff search shows it); others keep theirs. */
@IntegrationTest
class DemoPhonesTests {

    @Autowired
    Clients clients;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    /** In a transaction rolled back at the end, so that the other demo tests never see these clients. */
    @Test
    void givesDemoClientsWithoutAPhoneAValidOneAndLeavesTheRest() {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            check();
            tx.setRollbackOnly();
        });
    }

    private void check() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        var bare = clients.register(new NewClient("bare-" + suffix + "@demo.reliefdesk.local", TestData.PASSWORD,
                "Bare Demo", LocalDate.of(1980, 1, 1), null), null);
        var phoned = clients.register(new NewClient("phoned-" + suffix + "@demo.reliefdesk.local", TestData.PASSWORD,
                "Phoned Demo", LocalDate.of(1980, 1, 1), "+1 207 555 0199"), null);
        var other = clients.register(new NewClient(TestData.uniqueEmail("not-demo"), TestData.PASSWORD, "Not Demo",
                LocalDate.of(1980, 1, 1), null), null);

        new DemoPhones(jdbc).seed();
        new DemoPhones(jdbc).seed();

        assertThat(PhoneNumbers.isValid(clients.find(bare.id()).orElseThrow().phone())).isTrue();
        assertThat(clients.find(phoned.id()).orElseThrow().phone()).isEqualTo("+1 207 555 0199");
        assertThat(clients.find(other.id()).orElseThrow().phone()).isNull();
    }
}
