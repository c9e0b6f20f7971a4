package org.reliefdesk.billing.invoices;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

import org.reliefdesk.accounts.Practice;
import org.reliefdesk.billing.Invoice;
import org.reliefdesk.billing.Money;
import org.reliefdesk.shared.Pdfs;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The receipt (one page, from {@code templates/billing/pdf/receipt.html}): the practice with its tax id, the
 * invoice's number and date, the client, the lines, payments (method labels, references), credit notes, balance and
 * status. Amounts and the practice only: never a diagnosis or a technique (the line is the service's name), and a
 * credit note's free-text reason stays off it. In the reader's language with the practice's country.
 */
@Component
class ReceiptPdf {

    private final Practice practice;
    private final MessageSource messages;
    private final Pdfs pdfs;

    ReceiptPdf(Practice practice, MessageSource messages, Pdfs pdfs) {
        this.practice = practice;
        this.messages = messages;
        this.pdfs = pdfs;
    }

    byte[] render(Invoice invoice, Locale locale) {
        Practice.Details details = practice.details();
        return pdfs.render("billing/pdf/receipt", practice.documentLocale(locale), Map.of("invoice", invoice,
                "practice", details, "taxId", practice.billingDetails().taxId(),
                "contact", String.join("  ·  ", nonBlank(details.address(), details.phone(), details.email()))));
    }

    static ResponseEntity<byte[]> response(byte[] pdf, Invoice invoice) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"receipt-" + invoice.number() + ".pdf\"")
                .body(pdf);
    }

    private static String[] nonBlank(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toArray(String[]::new);
    }

    /** Labels, dates and amounts in the reader's language, amounts in the practice's currency. */
    record Words(MessageSource messages, Locale locale, String currency) {

        String text(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }

        String money(Money amount) {
            return amount.format(locale, currency);
        }

        String date(LocalDate day) {
            return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
        }
    }
}
