package org.reliefdesk.billing.checkout;

import java.util.ArrayList;
import java.util.List;

import org.reliefdesk.billing.AmountField;
import org.springframework.util.MultiValueMap;

/**
 * The checkout page's rows as posted (repeated fields {@code extraDescription}, {@code extraAmount},
 * {@code paymentMethod}, {@code paymentAmount}, {@code paymentReference}, {@code paymentPackage}): blank rows left
 * out, so that the request's {@code extras[i]} and {@code payments[i]} are the page's rows i when shown again.
 */
record CheckoutForm(List<ExtraRow> extras, List<PaymentRow> payments) {

    record ExtraRow(String description, String amount) {
    }

    record PaymentRow(String method, String amount, String reference, String packageId) {
    }

    static CheckoutForm blank() {
        return new CheckoutForm(List.of(), List.of()).withBlankRows();
    }

    static CheckoutForm of(MultiValueMap<String, String> params) {
        List<ExtraRow> extras = new ArrayList<>();
        List<String> descriptions = values(params, "extraDescription");
        List<String> amounts = values(params, "extraAmount");
        for (int i = 0; i < Math.max(descriptions.size(), amounts.size()); i++) {
            ExtraRow row = new ExtraRow(at(descriptions, i), at(amounts, i));
            if (!row.description().isBlank() || !row.amount().isBlank()) {
                extras.add(row);
            }
        }
        List<PaymentRow> payments = new ArrayList<>();
        List<String> methods = values(params, "paymentMethod");
        List<String> paid = values(params, "paymentAmount");
        List<String> references = values(params, "paymentReference");
        List<String> packages = values(params, "paymentPackage");
        int rows = Math.max(Math.max(methods.size(), paid.size()), Math.max(references.size(), packages.size()));
        for (int i = 0; i < rows; i++) {
            PaymentRow row = new PaymentRow(at(methods, i), at(paid, i), at(references, i), at(packages, i));
            if (!row.method().isBlank() || !row.amount().isBlank() || !row.reference().isBlank()) {
                payments.add(row);
            }
        }
        return new CheckoutForm(extras, payments);
    }

    /** One empty row of each after the filled ones (two payment rows on a fresh form: a package and a top-up). */
    CheckoutForm withBlankRows() {
        List<ExtraRow> e = new ArrayList<>(extras);
        e.add(new ExtraRow("", ""));
        List<PaymentRow> p = new ArrayList<>(payments);
        do {
            p.add(new PaymentRow("", "", "", ""));
        } while (p.size() < 2);
        return new CheckoutForm(e, p);
    }

    CheckoutRequest request() {
        return new CheckoutRequest(
                extras.stream().map(r -> new CheckoutRequest.Extra(r.description(),
                        r.amount().isBlank() ? null : amount(r.amount()))).toList(),
                payments.stream().map(r -> new PaymentInput(r.method(), r.amount().isBlank() ? null : amount(r.amount()),
                        r.method().equals("PACKAGE") ? r.packageId() : null, r.reference())).toList());
    }

    /** What a person types: {@code 12,50} reads as {@code 12.50}; the rest is checked as the API checks it. */
    private static AmountField amount(String text) {
        String t = text.strip();
        return AmountField.of(t.matches("[0-9]+,[0-9]{1,2}") ? t.replace(',', '.') : t);
    }

    private static List<String> values(MultiValueMap<String, String> params, String name) {
        List<String> values = params.get(name);
        return values == null ? List.of() : values;
    }

    private static String at(List<String> values, int i) {
        return i < values.size() && values.get(i) != null ? values.get(i) : "";
    }
}
