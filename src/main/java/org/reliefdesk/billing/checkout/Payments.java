package org.reliefdesk.billing.checkout;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.reliefdesk.billing.AmountField;
import org.reliefdesk.billing.Money;
import org.reliefdesk.billing.NewInvoice;
import org.reliefdesk.billing.PaymentMethod;
import org.reliefdesk.shared.FieldErrors;

/** Reads the payments of a checkout or a package sale, naming each wrong field ({@code payments[1].amount}). */
final class Payments {

    private Payments() {
    }

    /** Finds and checks the client's package named by a PACKAGE payment; null after adding {@code field}'s error. */
    interface PackageLookup {
        ClientPackage find(UUID id, String field);
    }

    /**
     * The payments, each amount by default what is still unpaid after the ones before it (a PACKAGE payment: the
     * service's price, {@code sessionPrice}); {@code sessionPrice} null means a package may not pay (a package's own
     * sale). Adds a {@code payments} error when they come to more than {@code total}.
     */
    static List<NewInvoice.NewPayment> read(List<PaymentInput> inputs, Money total, Money sessionPrice,
            FieldErrors errors, PackageLookup lookup) {
        List<NewInvoice.NewPayment> payments = new ArrayList<>();
        Money paying = Money.ZERO;
        boolean packageSeen = false;
        for (int i = 0; i < inputs.size(); i++) {
            PaymentInput input = inputs.get(i);
            String field = "payments[" + i + "]";
            if (input == null) {
                errors.add(field, "is required");
                continue;
            }
            int before = errors.list().size();
            Line line = line(input, field, new Owed(total.minusAtMostZero(paying), sessionPrice, packageSeen), errors,
                    lookup);
            packageSeen |= line.method() == PaymentMethod.PACKAGE;
            errors.maxLength(field + ".reference", input.reference(), 100);
            if (line.amount() != null) {
                paying = paying.plus(line.amount());
            }
            if (errors.list().size() == before && line.method() != null && line.amount() != null) {
                payments.add(new NewInvoice.NewPayment(line.method(), line.amount(), input.reference(), line.packageId()));
            }
        }
        if (paying.isMoreThan(total)) {
            errors.add("payments", "The payments (" + paying + ") come to more than the total (" + total + ")");
        }
        return payments;
    }

    /** What is still unpaid before this payment, the service's price for a package session, and whether one was used. */
    private record Owed(Money unpaid, Money sessionPrice, boolean packageSeen) {
    }

    private record Line(PaymentMethod method, Money amount, UUID packageId) {
    }

    /** One payment read, its amount defaulted; errors named by {@code field}. */
    private static Line line(PaymentInput input, String field, Owed owed, FieldErrors errors, PackageLookup lookup) {
        PaymentMethod method = PaymentInput.method(input.method(), field + ".method", errors);
        Money amount = AmountField.optional(input.amount(), field + ".amount", errors);
        boolean amountGiven = input.amount() != null && input.amount().raw() != null && !input.amount().raw().isNull();
        Line line;
        if (method == PaymentMethod.PACKAGE) {
            line = packageSession(input, field, amount, amountGiven, owed, errors, lookup);
        } else {
            if (method != null) {
                amount = otherAmount(input, field, amount, amountGiven, owed.unpaid(), errors);
            }
            line = new Line(method, amount, null);
        }
        if (amountGiven && line.amount() != null && line.amount().isZero()) {
            errors.add(field + ".amount", "must be more than 0.00");
        }
        return line;
    }

    /** A package session: one per visit, of a package the lookup accepts, for exactly the service's price. */
    private static Line packageSession(PaymentInput input, String field, Money amount, boolean amountGiven, Owed owed,
            FieldErrors errors, PackageLookup lookup) {
        if (owed.sessionPrice() == null) {
            errors.add(field + ".method", "A package is not paid with a package session");
            return new Line(PaymentMethod.PACKAGE, amount, null);
        }
        if (owed.packageSeen()) {
            errors.add(field + ".method", "One package session pays a visit");
            return new Line(PaymentMethod.PACKAGE, amount, null);
        }
        UUID packageId = PaymentInput.id(input.packageId(), field + ".packageId", errors);
        if (packageId != null && lookup.find(packageId, field + ".packageId") == null) {
            packageId = null;
        }
        if (!amountGiven) {
            amount = owed.sessionPrice();
        } else if (amount != null && !amount.equals(owed.sessionPrice())) {
            errors.add(field + ".amount", "A package session pays the service's price (" + owed.sessionPrice() + ")");
        }
        return new Line(PaymentMethod.PACKAGE, amount, packageId);
    }

    /** Cash, card, gift card or other: without an amount, what is still unpaid. */
    private static Money otherAmount(PaymentInput input, String field, Money amount, boolean amountGiven, Money unpaid,
            FieldErrors errors) {
        if (input.packageId() != null && !input.packageId().isBlank()) {
            errors.add(field + ".packageId", "is only for a PACKAGE payment");
        }
        if (amountGiven) {
            return amount;
        }
        if (unpaid.isZero()) {
            errors.add(field + ".amount", "Nothing is left to pay; leave this payment out");
        }
        return unpaid;
    }
}
