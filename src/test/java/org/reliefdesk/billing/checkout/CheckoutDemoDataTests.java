package org.reliefdesk.billing.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reliefdesk.billing.checkout.CheckoutFixtures.started;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reliefdesk.accounts.Accounts;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.scheduling.Bookings;
import org.reliefdesk.shared.DemoSeeder;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.Scheduling;
import org.reliefdesk.support.TestData;
import org.reliefdesk.support.TestScreenings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo's money: a package sold to Casey and half used through checkouts, a paid and a part-paid visit; once. */
@IntegrationTest
class CheckoutDemoDataTests {

    @LocalServerPort
    int port;
    @Autowired
    Packages packages;
    @Autowired
    Checkouts checkouts;
    @Autowired
    Bookings bookings;
    @Autowired
    Clients clients;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    java.time.Clock clock;

    @Test
    void aPackageHalfUsedAPaidAndAPartPaidInvoiceSeededOnce() {
        if (!accounts.exists("admin@demo.reliefdesk.local")) {
            Scheduling.admin(port).post("/api/v1/staff", Map.of("email", "admin@demo.reliefdesk.local",
                    "password", DemoSeeder.DEMO_PASSWORD, "fullName", "Demo Admin", "role", "ADMIN"));
        }
        String casey = jdbc.sql("select c.id::text from client c join app_user u on u.id = c.user_id"
                + " where lower(u.email) = 'client@demo.reliefdesk.local'").query(String.class).optional()
                .orElseGet(() -> Api.anonymous(port).post("/api/v1/register", Map.of("email",
                        "client@demo.reliefdesk.local", "password", DemoSeeder.DEMO_PASSWORD, "fullName", "Casey Client",
                        "dateOfBirth", "1988-04-09")).json().get("id").asString());
        TestScreenings.set(casey, "CLEARED");
        for (int i = 0; i < 4; i++) {
            started(jdbc, casey, "BOOKED");
        }
        for (String name : java.util.List.of("dana", "eli")) {
            String id = TestData.registerClient(Api.anonymous(port),
                    name + "-" + TestData.uniqueEmail("m").substring(0, 10) + "@demo.reliefdesk.local");
            started(jdbc, id, "BOOKED");
        }
        CheckoutDemoData demo = new CheckoutDemoData(packages, checkouts, bookings, clients, accounts, jdbc, tx, clock);
        demo.seed();

        var sold = jdbc.sql("select p.price::text as price, cp.used, cp.sessions from client_package cp"
                + " join package p on p.id = cp.package_id where p.name = :name and cp.client_id = :c")
                .param("name", CheckoutDemoData.PACKAGE).param("c", UUID.fromString(casey)).query().singleRow();
        assertThat(sold.get("price")).isEqualTo("480.00");
        assertThat(sold.get("used")).isEqualTo(3);
        assertThat(sold.get("sessions")).isEqualTo(6);
        assertThat(paidExactly("107.50", "107.50")).as("a paid checkout with an extra").isEqualTo(1);
        assertThat(paidExactly("95.00", "40.00")).as("a part-paid checkout").isGreaterThanOrEqualTo(1);

        int invoices = jdbc.sql("select count(*) from invoice").query(Integer.class).single();
        demo.seed();
        assertThat(jdbc.sql("select count(*) from invoice").query(Integer.class).single()).isEqualTo(invoices);
    }

    private int paidExactly(String total, String paid) {
        return jdbc.sql("""
                select count(*) from invoice i join client c on c.id = i.client_id
                where c.email like '%@demo.reliefdesk.local'
                  and i.booking_id is not null and i.total = cast(:total as numeric)
                  and (select sum(amount) from payment p where p.invoice_id = i.id) = cast(:paid as numeric)
                  and exists (select 1 from payment p where p.invoice_id = i.id and p.reference like 'TERMINAL%'
                              or p.invoice_id = i.id and p.method = 'CASH')""")
                .param("total", total).param("paid", paid).query(Integer.class).single();
    }
}
