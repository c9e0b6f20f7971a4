package org.reliefdesk.billing.checkout;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.billing.Invoice;
import org.reliefdesk.billing.Invoices;
import org.reliefdesk.billing.Money;
import org.reliefdesk.billing.NewInvoice;
import org.reliefdesk.billing.PaymentMethod;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.BookingStatus;
import org.reliefdesk.scheduling.Visits;
import org.reliefdesk.services.Service;
import org.reliefdesk.services.Services;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.RuleViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Checkout at the end of a visit: the service line at its price plus extras, paid by one or several payments (a
 * PACKAGE payment uses one session of the client's package), and the visit COMPLETED, all in one transaction. Every
 * check comes first; then the package session, the completion and last the invoice with its number, so a refused
 * checkout writes nothing and uses no number. Two checkouts of one visit: the second waits on the booking's row and
 * then finds it completed (409); the unique index {@code invoice_checkout_once} is the backstop.
 */
@Component
public class Checkouts {

    private final JdbcClient jdbc;
    private final Visits visits;
    private final Services services;
    private final Invoices invoices;
    private final ClientPackages packages;
    private final TransactionOperations tx;
    private final Clock clock;

    Checkouts(JdbcClient jdbc, Visits visits, Services services, Invoices invoices, ClientPackages packages,
            TransactionOperations tx, Clock clock) {
        this.jdbc = jdbc;
        this.visits = visits;
        this.services = services;
        this.invoices = invoices;
        this.packages = packages;
        this.tx = tx;
        this.clock = clock;
    }

    /** The visit as checkout sees it: the booking, the service's name and price. */
    public record Visit(Booking booking, String serviceName, Money price) {
    }

    /** The visit, if {@code user} is staff (a client: 404 for another's, else 403). */
    public Visit visit(UUID bookingId, ReliefDeskUser user) {
        Booking booking = visits.visible(bookingId, user);
        if (!user.isStaff()) {
            throw new ForbiddenException("Staff check out a visit");
        }
        return new Visit(booking, services.find(booking.serviceCode()).map(Service::name).orElse(booking.serviceCode()),
                price(booking.serviceCode()));
    }

    /** The refusal (field {@code status} or {@code booking}) when the visit cannot be checked out now, else null. */
    public RuleViolationException refusal(Booking booking) {
        BookingStatus status = booking.status();
        if (status == BookingStatus.COMPLETED) {
            return RuleViolationException.of("status", "This visit is already COMPLETED and checked out");
        }
        if (status != BookingStatus.BOOKED && status != BookingStatus.CHECKED_IN) {
            return RuleViolationException.of("status", "This visit is " + status + " and cannot be checked out");
        }
        if (clock.instant().isBefore(booking.start())) {
            return RuleViolationException.of("booking", "A visit is checked out once the session has started");
        }
        return null;
    }

    /** Checks out the visit: 201 the invoice; 422 (writing nothing) for anything refused. */
    public Invoice checkout(UUID bookingId, CheckoutRequest request, ReliefDeskUser user) {
        try {
            return tx.execute(status -> checkoutNow(bookingId, request, user));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("This visit was checked out at the same moment; it is checked out once");
        }
    }

    private Invoice checkoutNow(UUID bookingId, CheckoutRequest request, ReliefDeskUser user) {
        Visit visit = visit(bookingId, user);
        Booking booking = visit.booking();
        RuleViolationException refused = refusal(booking);
        if (refused != null) {
            throw refused;
        }
        FieldErrors errors = new FieldErrors();
        List<NewInvoice.NewLine> lines = new ArrayList<>();
        lines.add(new NewInvoice.NewLine(visit.serviceName(), 1, visit.price(), booking.serviceCode()));
        for (int i = 0; i < request.extras().size(); i++) {
            CheckoutRequest.Extra extra = request.extras().get(i);
            String field = "extras[" + i + "]";
            if (extra == null) {
                errors.add(field, "is required");
                continue;
            }
            errors.required(field + ".description", extra.description());
            errors.maxLength(field + ".description", extra.description(), 200);
            Money amount = extra.amount() == null ? null : extra.amount().read(field + ".amount", errors);
            if (extra.amount() == null) {
                errors.add(field + ".amount", "is required");
            } else if (amount != null && amount.isZero()) {
                errors.add(field + ".amount", "must be more than 0.00");
            }
            if (amount != null && extra.description() != null && !extra.description().isBlank()) {
                lines.add(new NewInvoice.NewLine(extra.description().strip(), 1, amount, null));
            }
        }
        Money total = Money.sum(lines.stream().map(NewInvoice.NewLine::amount).toList());
        LocalDate sessionDay = booking.localStart().toLocalDate();
        List<NewInvoice.NewPayment> payments = Payments.read(request.payments(), total, visit.price(), errors,
                (packageId, field) -> packageFor(packageId, field, booking, sessionDay, errors));
        errors.throwIfAny();
        payments.stream().filter(p -> p.method() == PaymentMethod.PACKAGE)
                .forEach(p -> packages.useSession(p.clientPackageId()));
        visits.complete(bookingId, user);
        return invoices.issue(new NewInvoice(booking.clientId(), bookingId, null, lines, payments), user);
    }

    /**
     * The client's package locked for this checkout, or null after naming the field: it must be this client's, for
     * this service, with a session left, and not expired on the session's day nor today (the stricter reading: a
     * package that expired between the session and a late checkout does not pay for it).
     */
    private ClientPackage packageFor(UUID id, String field, Booking booking, LocalDate sessionDay, FieldErrors errors) {
        ClientPackage p = packages.lock(id).filter(found -> found.clientId().equals(booking.clientId())).orElse(null);
        if (p == null) {
            errors.add(field, "is not a package of this client");
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate day = sessionDay.isAfter(today) ? sessionDay : today;
        if (!p.serviceCode().equals(booking.serviceCode())) {
            errors.add(field, "This package is for another service (" + p.serviceCode() + ")");
        } else if (p.expiresOn().isBefore(day)) {
            errors.add(field, "This package expired on " + p.expiresOn());
        } else if (p.remaining() <= 0) {
            errors.add(field, "This package has no sessions left");
        } else {
            return p;
        }
        return null;
    }

    private Money price(String serviceCode) {
        return jdbc.sql("select price from service where code = :code").param("code", serviceCode)
                .query((ResultSet rs, int n) -> new Money(rs.getBigDecimal(1))).optional().orElse(Money.ZERO);
    }

    static Money money(ResultSet rs, String column) throws SQLException {
        return new Money(rs.getBigDecimal(column));
    }
}
