package org.reliefdesk.billing.checkout;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.reliefdesk.accounts.Accounts;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.billing.AmountField;
import org.reliefdesk.billing.Invoice;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.BookingStatus;
import org.reliefdesk.scheduling.Bookings;
import org.reliefdesk.shared.DemoSeeder;
import org.reliefdesk.shared.PageParams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Money in the demo practice, through the real checkout: the package "6 × Medical Massage 60" (below six times the
 * price) sold to Casey Client and half used (three of her past visits checked out with a package session), and two
 * other clients' past visits checked out, one paid (cash, with an extra) and one part paid by card. Seeded once (the
 * package's definition is the mark), in one transaction.
 */
@Component
@ConditionalOnBooleanProperty("reliefdesk.demo")
class CheckoutDemoData implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(CheckoutDemoData.class);
    static final String PACKAGE = "6 × Medical Massage 60";
    private static final String SERVICE = "MEDICAL_MASSAGE_60";
    private static final String CASEY = "client@demo.reliefdesk.local";

    private final Packages packages;
    private final Checkouts checkouts;
    private final Bookings bookings;
    private final Clients clients;
    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    CheckoutDemoData(Packages packages, Checkouts checkouts, Bookings bookings, Clients clients, Accounts accounts,
            JdbcClient jdbc, TransactionTemplate tx, Clock clock) {
        this.packages = packages;
        this.checkouts = checkouts;
        this.bookings = bookings;
        this.clients = clients;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 92;
    }

    @Override
    public void seed() {
        var admin = accounts.findByEmail("admin@demo.reliefdesk.local").orElse(null);
        if (admin == null || jdbc.sql("select count(*) from package where name = :name").param("name", PACKAGE)
                .query(Integer.class).single() > 0) {
            return;
        }
        ReliefDeskUser desk = new ReliefDeskUser(admin.id(), admin.email(), admin.fullName(), admin.role(), null);
        tx.executeWithoutResult(status -> seed(desk));
    }

    private void seed(ReliefDeskUser desk) {
        // the "prices" part sets the same demo price; whichever runs first, the other changes nothing
        jdbc.sql("update service set price = 95.00 where code = :code and price = 0").param("code", SERVICE).update();
        PackageDefinition definition = packages.create(new Packages.NewPackage(PACKAGE, SERVICE, 6,
                AmountField.of("480.00"), 365), desk);
        List<Client> demo = clients.search("@demo.reliefdesk.local", PageParams.of(0, 200)).items();
        Client casey = demo.stream().filter(c -> CASEY.equalsIgnoreCase(c.email())).findFirst()
                .orElse(demo.isEmpty() ? null : demo.get(0));
        if (casey == null) {
            return;
        }
        Packages.Sold sold = packages.sell(casey.id(), new Packages.Sale(definition.id().toString(), List.of(
                new PaymentInput("CARD", null, null, "TERMINAL 0417"))), desk);
        int used = 0;
        for (Booking visit : openPastVisits(casey.id())) {
            if (used == 3) {
                break;
            }
            checkouts.checkout(visit.id(), new CheckoutRequest(List.of(), List.of(
                    new PaymentInput("PACKAGE", null, sold.id().toString(), null))), desk);
            used++;
        }
        List<Invoice> others = new ArrayList<>();
        for (Client client : demo) {
            if (client.id().equals(casey.id()) || others.size() == 2) {
                continue;
            }
            List<Booking> visits = openPastVisits(client.id());
            if (visits.isEmpty()) {
                continue;
            }
            CheckoutRequest request = others.isEmpty()
                    ? new CheckoutRequest(List.of(new CheckoutRequest.Extra("Arnica balm", AmountField.of("12.50"))),
                            List.of(new PaymentInput("CASH", null, null, null)))
                    : new CheckoutRequest(List.of(), List.of(new PaymentInput("CARD", AmountField.of("40.00"), null,
                            "TERMINAL 0533")));
            others.add(checkouts.checkout(visits.get(visits.size() - 1).id(), request, desk));
        }
        log.info("Demo checkout: {} sold to {} ({} of 6 used); invoices {}", PACKAGE, casey.fullName(), used,
                others.stream().map(i -> i.number() + " " + i.status()).toList());
    }

    /** The client's past visits of the service still BOOKED or CHECKED_IN (not checked out), oldest first. */
    private List<Booking> openPastVisits(UUID clientId) {
        Instant now = clock.instant();
        return bookings.list(new Bookings.Filter(null, now, null, null, clientId, null), PageParams.of(0, 200))
                .items().stream()
                .filter(b -> b.serviceCode().equals(SERVICE) && !b.start().isAfter(now)
                        && (b.status() == BookingStatus.BOOKED || b.status() == BookingStatus.CHECKED_IN))
                .toList();
    }

}
