package org.reliefdesk.billing.invoices;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.reliefdesk.billing.FeeReason;
import org.reliefdesk.billing.Invoice;
import org.reliefdesk.billing.Invoices;
import org.reliefdesk.billing.Money;
import org.reliefdesk.billing.NewInvoice;
import org.reliefdesk.scheduling.BookingCancelled;
import org.reliefdesk.scheduling.BookingNoShow;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The location's policy fees: a no-show, or a staff cancellation inside the late window, raises an UNPAID invoice for
 * the location's fee when it is above zero, in the transaction that marked the booking. Once per booking and reason:
 * the booking's row is locked and an existing fee is looked for first (the index {@code invoice_fee_once} is the
 * backstop), so a second mark, from this instance or another, never raises a second fee nor uses a number.
 */
@Component
public class Fees {

    private final JdbcClient jdbc;
    private final Invoices invoices;
    private final MessageSource messages;

    Fees(JdbcClient jdbc, Invoices invoices, MessageSource messages) {
        this.jdbc = jdbc;
        this.invoices = invoices;
        this.messages = messages;
    }

    @EventListener
    void on(BookingNoShow event) {
        raise(event.bookingId(), event.clientId(), event.locationId(), event.start(), FeeReason.NO_SHOW_FEE);
    }

    @EventListener
    void on(BookingCancelled event) {
        if (event.lateCancellation()) {
            raise(event.bookingId(), event.clientId(), event.locationId(), event.start(), FeeReason.LATE_CANCEL_FEE);
        }
    }

    /** The fee invoice for the booking, raised now in the caller's transaction unless the fee is zero or raised before. */
    Optional<Invoice> raise(UUID bookingId, UUID clientId, UUID locationId, Instant start, FeeReason reason) {
        Policy policy = policy(locationId);
        Money fee = reason == FeeReason.NO_SHOW_FEE ? policy.noShowFee() : policy.lateCancelFee();
        if (fee.isZero()) {
            return Optional.empty();
        }
        jdbc.sql("select id from booking where id = :id for update").param("id", bookingId).query(UUID.class).single();
        if (raised(bookingId, reason)) {
            return Optional.empty();
        }
        String line = description(reason, policy, start, language(clientId));
        return Optional.of(invoices.issue(new NewInvoice(clientId, bookingId, reason,
                List.of(new NewInvoice.NewLine(line, 1, fee, null)), List.of()), null));
    }

    private boolean raised(UUID bookingId, FeeReason reason) {
        return jdbc.sql("select exists (select 1 from invoice where booking_id = :booking and reason = :reason)")
                .param("booking", bookingId).param("reason", reason.name()).query(Boolean.class).single();
    }

    /** "No-show fee (policy: …)": the line names the policy that caused it, in the client's language. */
    private String description(FeeReason reason, Policy policy, Instant start, Locale locale) {
        String day = start.atZone(ZoneId.of(policy.timeZone()))
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        String key = reason == FeeReason.NO_SHOW_FEE ? "invoices.fee.noShow" : "invoices.fee.lateCancel";
        return messages.getMessage(key, new Object[] {day, policy.location(), policy.lateCancelHours()}, locale);
    }

    private Locale language(UUID clientId) {
        return jdbc.sql("""
                select coalesce(u.preferred_language, 'en') from client c left join app_user u on u.id = c.user_id
                where c.id = :id""").param("id", clientId).query(String.class).optional()
                .map(Locale::forLanguageTag).orElse(Locale.ENGLISH);
    }

    private Policy policy(UUID locationId) {
        return jdbc.sql("""
                select name, time_zone, late_cancel_hours, late_cancel_fee, no_show_fee from location where id = :id""")
                .param("id", locationId)
                .query((rs, n) -> new Policy(rs.getString(1), rs.getString(2), rs.getInt(3),
                        new Money(rs.getBigDecimal(4)), new Money(rs.getBigDecimal(5)))).single();
    }

    private record Policy(String location, String timeZone, int lateCancelHours, Money lateCancelFee,
            Money noShowFee) {
    }
}
