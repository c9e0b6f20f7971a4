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
            PaymentMethod method = PaymentInput.method(input.method(), field + ".method", errors);
            Money amount = AmountField.optional(input.amount(), field + ".amount", errors);
            boolean amountGiven = input.amount() != null && input.amount().raw() != null && !input.amount().raw().isNull();
            UUID packageId = null;
            if (method == PaymentMethod.PACKAGE) {
                if (sessionPrice == null) {
                    errors.add(field + ".method", "A package is not paid with a package session");
                } else if (packageSeen) {
                    errors.add(field + ".method", "One package session pays a visit");
                } else {
                    packageSeen = true;
                    packageId = PaymentInput.id(input.packageId(), field + ".packageId", errors);
                    if (packageId != null && lookup.find(packageId, field + ".packageId") == null) {
                        packageId = null;
                    }
                    if (!amountGiven) {
                        amount = sessionPrice;
                    } else if (amount != null && !amount.equals(sessionPrice)) {
                        errors.add(field + ".amount", "A package session pays the service's price (" + sessionPrice + ")");
                    }
                }
            } else if (method != null) {
                if (input.packageId() != null && !input.packageId().isBlank()) {
                    errors.add(field + ".packageId", "is only for a PACKAGE payment");
                }
                if (!amountGiven) {
                    amount = total.minusAtMostZero(paying);
                    if (amount.isZero()) {
                        errors.add(field + ".amount", "Nothing is left to pay; leave this payment out");
                    }
                }
            }
            if (amountGiven && amount != null && amount.isZero()) {
                errors.add(field + ".amount", "must be more than 0.00");
            }
            errors.maxLength(field + ".reference", input.reference(), 100);
            if (amount != null) {
                paying = paying.plus(amount);
            }
            if (errors.list().size() == before && method != null && amount != null) {
                payments.add(new NewInvoice.NewPayment(method, amount, input.reference(), packageId));
            }
        }
        if (paying.isMoreThan(total)) {
            errors.add("payments", "The payments (" + paying + ") come to more than the total (" + total + ")");
        }
        return payments;
    }
}
