package org.reliefdesk.billing.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reliefdesk.billing.reports.MoneyDays.extra;
import static org.reliefdesk.billing.reports.MoneyDays.paid;
import static org.reliefdesk.billing.reports.MoneyDays.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.billing.FeeReason;
import org.reliefdesk.billing.Invoice;
import org.reliefdesk.billing.PaymentMethod;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.Scheduling;
import org.reliefdesk.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The takings, revenue and balances reports over the API against a hand-counted March 2071 (days no other test
 * uses). On Friday 6 March: Cy's visit with Ada (60 minutes 95.00 and hot stones 15.00, card 110.00); Di buys a
 * course of 5 for 400.00 and pays 150.00 cash; Di's visit with Ada paid by a package session (95.00); Ed's 90-minute
 * visit with Ben (140.00: gift card 50.00 and other 20.00); Cy's no-show fee on Ben's book (40.00, unpaid). On
 * Saturday 7 March: Cy pays the fee in cash and Ed gets a 30.00 credit note. On 2 April Ed buys 95.00 paid in cash.
 */
@IntegrationTest
class MoneyReportsApiTests {

    static final LocalDate FRIDAY = LocalDate.of(2071, 3, 6);
    static final LocalDate SATURDAY = LocalDate.of(2071, 3, 7);
    static final LocalDate APRIL = LocalDate.of(2071, 4, 2);
    static final String MARCH = "from=2071-03-01&to=2071-03-31";

    /** Seeded once per run (the database outlives the test instances). */
    static March march;

    record March(UUID cy, UUID di, UUID ed, UUID ada, String adaName, UUID ben, String benName, Invoice visit,
            Invoice sale, Invoice packageVisit, Invoice longVisit, Invoice fee) {
    }

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;

    @BeforeEach
    void seedMarch() {
        if (march == null) {
            march = seed(new MoneyDays(context));
        }
    }

    private March seed(MoneyDays days) {
        JsonNode location = Scheduling.location(port, "America/New_York", 2, 0, 15);
        UUID here = UUID.fromString(location.get("id").asString());
        UUID room1 = UUID.fromString(location.get("rooms").get(0).get("id").asString());
        UUID room2 = UUID.fromString(location.get("rooms").get(1).get("id").asString());
        UUID ada = UUID.fromString(Scheduling.therapist(port, here.toString(), List.of("MEDICAL_MASSAGE"),
                LocalDate.of(2999, 1, 1), "09:00", "17:00"));
        UUID ben = UUID.fromString(Scheduling.therapist(port, here.toString(), List.of("MEDICAL_MASSAGE"),
                LocalDate.of(2999, 1, 1), "09:00", "17:00"));
        UUID cy = client();
        UUID di = client();
        UUID ed = client();
        var nine = FRIDAY.atTime(9, 0);
        UUID b1 = days.booking(cy, here, ada, room1, nine, "MEDICAL_MASSAGE_60", 60, "COMPLETED");
        UUID b2 = days.booking(di, here, ada, room1, nine.plusHours(2), "MEDICAL_MASSAGE_60", 60, "COMPLETED");
        UUID b3 = days.booking(ed, here, ben, room2, nine, "MEDICAL_MASSAGE_90", 90, "COMPLETED");
        UUID b4 = days.booking(cy, here, ben, room2, nine.plusHours(3), "MEDICAL_MASSAGE_60", 60, "NO_SHOW");
        Invoice visit = days.issue(FRIDAY, cy, b1, null, List.of(service("MEDICAL_MASSAGE_60", "95.00"),
                extra("Hot stones", "15.00")), List.of(paid(PaymentMethod.CARD, "110.00")));
        Invoice sale = days.issue(FRIDAY, di, null, null, List.of(service("MEDICAL_MASSAGE_60", "400.00")),
                List.of(paid(PaymentMethod.CASH, "150.00")));
        UUID course = days.sellPackage(di, sale, "MEDICAL_MASSAGE_60", 5);
        Invoice packageVisit = days.issue(FRIDAY, di, b2, null, List.of(service("MEDICAL_MASSAGE_60", "95.00")),
                List.of(new org.reliefdesk.billing.NewInvoice.NewPayment(PaymentMethod.PACKAGE,
                        MoneyDays.money("95.00"), null, course)));
        Invoice longVisit = days.issue(FRIDAY, ed, b3, null, List.of(service("MEDICAL_MASSAGE_90", "140.00")),
                List.of(paid(PaymentMethod.GIFT_CARD, "50.00"), paid(PaymentMethod.OTHER, "20.00")));
        Invoice fee = days.issue(FRIDAY, cy, b4, FeeReason.NO_SHOW_FEE, List.of(extra("No-show fee", "40.00")),
                List.of());
        days.pay(SATURDAY, fee.id(), PaymentMethod.CASH, "40.00");
        days.credit(SATURDAY, longVisit.id(), "30.00", "Goodwill: the room was cold");
        days.issue(APRIL, ed, null, null, List.of(service("MEDICAL_MASSAGE_60", "95.00")),
                List.of(paid(PaymentMethod.CASH, "95.00")));
        return new March(cy, di, ed, ada, name(ada), ben, name(ben), visit, sale, packageVisit, longVisit, fee);
    }

    @Test
    void theBusyDaysTakingsByMethodLeavePackageSessionsOut() {
        JsonNode r = admin().get("/api/v1/reports/takings?date=2071-03-06").json();
        assertThat(r.get("date").asString()).isEqualTo("2071-03-06");
        assertThat(methods(r)).containsExactly("CASH 1 150.00", "CARD 1 110.00", "GIFT_CARD 1 50.00",
                "OTHER 1 20.00");
        assertThat(r.get("total").asString()).isEqualTo("330.00");
        assertThat(r.get("packageSessions").get("count").asLong()).isEqualTo(1);
        assertThat(r.get("packageSessions").get("amount").asString()).isEqualTo("95.00");
        List<String> invoices = new ArrayList<>();
        r.get("invoices").forEach(i -> invoices.add(i.get("number").asString() + " " + i.get("total").asString()
                + " " + i.get("status").asString() + " " + i.get("balance").asString()));
        assertThat(invoices).containsExactly(
                march.visit().number() + " 110.00 PAID 0.00",
                march.sale().number() + " 400.00 PART_PAID 250.00",
                march.packageVisit().number() + " 95.00 PAID 0.00",
                march.longVisit().number() + " 140.00 PART_PAID 40.00",
                march.fee().number() + " 40.00 PAID 0.00");
        assertThat(r.get("invoices").get(0).get("id").asString()).isEqualTo(march.visit().id().toString());
        assertThat(r.get("invoices").get(4).get("reason").asString()).isEqualTo("NO_SHOW_FEE");
        assertThat(r.get("invoiced").asString()).isEqualTo("785.00");
        assertThat(r.get("creditNotes")).isEmpty();
        assertThat(r.get("currency").asString()).isEqualTo("USD");
    }

    @Test
    void aPaymentAndACreditNoteCountOnTheDayTheyWereMade() {
        JsonNode r = admin().get("/api/v1/reports/takings?date=2071-03-07").json();
        assertThat(methods(r)).containsExactly("CASH 1 40.00", "CARD 0 0.00", "GIFT_CARD 0 0.00", "OTHER 0 0.00");
        assertThat(r.get("total").asString()).isEqualTo("40.00");
        assertThat(r.get("invoices")).isEmpty();
        JsonNode note = r.get("creditNotes").get(0);
        assertThat(note.get("number").asString()).startsWith("CN-2071-");
        assertThat(note.get("invoiceNumber").asString()).isEqualTo(march.longVisit().number());
        assertThat(note.get("amount").asString()).isEqualTo("30.00");
        assertThat(r.get("credited").asString()).isEqualTo("30.00");
    }

    @Test
    void anEmptyDayHasEveryMethodAtZero() {
        JsonNode r = admin().get("/api/v1/reports/takings?date=2071-01-01").json();
        assertThat(methods(r)).containsExactly("CASH 0 0.00", "CARD 0 0.00", "GIFT_CARD 0 0.00", "OTHER 0 0.00");
        assertThat(r.get("total").asString()).isEqualTo("0.00");
        assertThat(r.get("invoices")).isEmpty();
        assertThat(r.get("packageSessions").get("amount").asString()).isEqualTo("0.00");
    }

    @Test
    void withoutADateTheTakingsAreTodaysInThePracticeZone() {
        JsonNode r = admin().get("/api/v1/reports/takings").json();
        assertThat(r.get("date").asString()).isEqualTo(LocalDate.now(clock).toString());
    }

    @Test
    void revenueLessCreditNotesWithPackageVisitsAtZeroAndFeesUnderTheTherapist() {
        JsonNode r = admin().get("/api/v1/reports/revenue?" + MARCH).json();
        assertThat(r.get("from").asString()).isEqualTo("2071-03-01");
        assertThat(r.get("to").asString()).isEqualTo("2071-03-31");
        // 110 + 400 (the course, when sold) + 0 (its session) + (140 - 30) + 40 (the fee)
        assertThat(r.get("total").asString()).isEqualTo("660.00");
        assertThat(r.get("count").asLong()).isEqualTo(5);
        List<String> services = new ArrayList<>();
        r.get("byService").forEach(s -> services.add(s.get("serviceCode").asString("-") + " " + s.get("count").asLong()
                + " " + s.get("amount").asString()));
        assertThat(services).containsExactly("MEDICAL_MASSAGE_60 3 510.00", "MEDICAL_MASSAGE_90 1 110.00", "- 1 40.00");
        assertThat(r.get("byService").get(2).get("serviceCode").isNull()).isTrue();
        List<String> therapists = new ArrayList<>();
        r.get("byTherapist").forEach(t -> therapists.add(t.get("name").asString("-") + " " + t.get("count").asLong()
                + " " + t.get("amount").asString()));
        assertThat(therapists).containsExactly(march.benName() + " 2 150.00", march.adaName() + " 2 110.00",
                "- 1 400.00");
        assertThat(r.get("byTherapist").get(0).get("therapistId").asString()).isEqualTo(march.ben().toString());
    }

    @Test
    void aCreditNoteCountsWithItsInvoiceNotOnItsOwnDay() {
        JsonNode after = admin().get("/api/v1/reports/revenue?from=2071-03-07&to=2071-03-31").json();
        assertThat(after.get("total").asString()).isEqualTo("0.00");
        assertThat(after.get("count").asLong()).isZero();
        assertThat(after.get("byService")).isEmpty();
        JsonNode april = admin().get("/api/v1/reports/revenue?from=2071-04-01&to=2071-04-30").json();
        assertThat(april.get("total").asString()).isEqualTo("95.00");
    }

    @Test
    void balancesListWhoOwesLargestFirstAndPage() {
        List<JsonNode> all = new ArrayList<>();
        JsonNode first = admin().get("/api/v1/reports/balances?size=200").json();
        long total = first.get("total").asLong();
        for (int page = 0; all.size() < total; page++) {
            admin().get("/api/v1/reports/balances?size=200&page=" + page).json().get("items").forEach(all::add);
        }
        assertThat(all).hasSize((int) total);
        for (int i = 1; i < all.size(); i++) {
            assertThat(new java.math.BigDecimal(all.get(i - 1).get("owed").asString()))
                    .isGreaterThanOrEqualTo(new java.math.BigDecimal(all.get(i).get("owed").asString()));
        }
        List<String> mine = all.stream().filter(l -> List.of(march.cy(), march.di(), march.ed()).stream()
                .anyMatch(c -> c.toString().equals(l.get("clientId").asString())))
                .map(l -> l.get("clientId").asString() + " " + l.get("owed").asString() + " "
                        + l.get("openInvoices").asLong() + " " + l.get("oldestIssuedOn").asString()).toList();
        assertThat(mine).containsExactly(march.di() + " 250.00 1 2071-03-06", march.ed() + " 40.00 1 2071-03-06");
        JsonNode second = admin().get("/api/v1/reports/balances?page=1&size=1").json();
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(second.get("size").asInt()).isEqualTo(1);
        assertThat(second.get("total").asLong()).isEqualTo(total);
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("items").get(0).get("clientId").asString()).isEqualTo(all.get(1).get("clientId")
                .asString());
        assertThat(first.get("items").get(0).get("name").asString()).isNotBlank();
    }

    @Test
    void csvHasAHeaderThenOneRowPerLine() {
        Api.Response takings = admin().get("/api/v1/reports/takings?date=2071-03-06&format=csv");
        assertThat(takings.contentType()).startsWith("text/csv");
        List<String> rows = takings.text().lines().toList();
        assertThat(rows.get(0)).isEqualTo("kind,method,id,number,invoiceNumber,clientName,count,amount");
        assertThat(rows).hasSize(1 + 4 + 5).contains("METHOD,CASH,,,,,1,150.00");
        assertThat(rows.get(5)).startsWith("INVOICE,," + march.visit().id() + "," + march.visit().number())
                .endsWith(",110.00");
        List<String> revenue = admin().get("/api/v1/reports/revenue?format=csv&" + MARCH).text().lines().toList();
        assertThat(revenue.get(0)).isEqualTo("kind,serviceCode,therapistId,name,count,amount");
        assertThat(revenue).hasSize(1 + 3 + 3).contains("SERVICE,,,,1,40.00",
                "THERAPIST,," + march.ben() + "," + march.benName() + ",2,150.00");
        List<String> balances = admin().get("/api/v1/reports/balances?format=csv").text().lines().toList();
        assertThat(balances.get(0)).isEqualTo("clientId,name,owed,openInvoices,oldestIssuedOn");
        assertThat(balances).anyMatch(l -> l.startsWith(march.di() + ",") && l.endsWith(",250.00,1,2071-03-06"));
    }

    @Nested
    class Refusals {

        @Test
        void theFrontDeskClosesTheDayButSeesNoRevenue() {
            Api desk = staff("FRONT_DESK");
            assertThat(desk.get("/api/v1/reports/takings?date=2071-03-06").status()).isEqualTo(200);
            assertThat(desk.get("/api/v1/reports/balances").status()).isEqualTo(200);
            assertThat(desk.get("/api/v1/reports/revenue?" + MARCH).status()).isEqualTo(403);
            assertThat(desk.get("/api/v1/reports/revenue?" + MARCH + "&format=csv").status()).isEqualTo(403);
        }

        @Test
        void clientsTherapistsAndStrangersAreRefused() {
            String[] client = Scheduling.clearedClient(port);
            Api asClient = Api.anonymous(port).as(client[0], TestData.PASSWORD);
            Api therapist = staff("THERAPIST");
            for (String path : List.of("/api/v1/reports/takings", "/api/v1/reports/revenue?" + MARCH,
                    "/api/v1/reports/balances", "/api/v1/reports/balances?format=csv")) {
                assertThat(asClient.get(path).status()).as(path).isEqualTo(403);
                assertThat(therapist.get(path).status()).as(path).isEqualTo(403);
                assertThat(Api.anonymous(port).get(path).status()).as(path).isEqualTo(401);
            }
        }

        @Test
        void badDatesAre422NamingTheField() {
            assertFields(admin().get("/api/v1/reports/takings?date=2071-02-30"), "date");
            assertFields(admin().get("/api/v1/reports/takings?date=yesterday"), "date");
            assertFields(admin().get("/api/v1/reports/takings?date=2071-03-06&format=xml"), "format");
            assertFields(admin().get("/api/v1/reports/revenue"), "from", "to");
            assertFields(admin().get("/api/v1/reports/revenue?from=2071-13-01&to=soon"), "from", "to");
            assertFields(admin().get("/api/v1/reports/revenue?from=2071-03-31&to=2071-03-01"), "to");
            assertFields(admin().get("/api/v1/reports/revenue?from=2071-01-01&to=2072-01-02"), "to"); // 367 days
            assertThat(admin().get("/api/v1/reports/revenue?from=2072-01-01&to=2072-12-31").status()).isEqualTo(200);
            assertThat(admin().get("/api/v1/reports/balances?page=first").status()).isEqualTo(400);
        }

        private void assertFields(Api.Response response, String... fields) {
            assertThat(response.status()).as(response.toString()).isEqualTo(422);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                    .containsExactlyInAnyOrder(fields);
        }
    }

    private Api admin() {
        return Scheduling.admin(port);
    }

    private Api staff(String role) {
        return Api.anonymous(port).as(TestData.createStaff(Api.anonymous(port), role), TestData.PASSWORD);
    }

    private UUID client() {
        return UUID.fromString(Scheduling.clearedClient(port)[1]);
    }

    private String name(UUID therapist) {
        return context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("select full_name from app_user where id = :id").param("id", therapist).query(String.class)
                .single();
    }

    private static List<String> methods(JsonNode report) {
        List<String> lines = new ArrayList<>();
        report.get("byMethod").forEach(m -> lines.add(m.get("method").asString() + " " + m.get("count").asLong() + " "
                + m.get("amount").asString()));
        return lines;
    }
}
