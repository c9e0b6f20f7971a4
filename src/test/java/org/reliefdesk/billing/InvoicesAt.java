package org.reliefdesk.billing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.reliefdesk.accounts.Practice;
import org.reliefdesk.billing.invoices.InvoiceNumbers;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application's {@link Invoices} on another day: the same database, numbers and events, with a clock fixed at
 * 10:00 New York time that day, so that tests can issue invoices and take payments on days no other test uses. Not a
 * Spring proxy: call it inside a transaction (numbers are taken in the issuing transaction).
 */
public final class InvoicesAt {

    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private InvoicesAt() {
    }

    public static Invoices day(ApplicationContext context, LocalDate day) {
        Clock clock = Clock.fixed(day.atTime(10, 0).atZone(NEW_YORK).toInstant(), NEW_YORK);
        return new Invoices(context.getBean(JdbcClient.class), context.getBean(InvoiceNumbers.class),
                context.getBean(Practice.class), clock, context);
    }
}
