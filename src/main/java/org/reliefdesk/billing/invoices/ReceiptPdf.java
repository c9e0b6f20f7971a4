package org.reliefdesk.billing.invoices;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.reliefdesk.accounts.Practice;
import org.reliefdesk.billing.Invoice;
import org.reliefdesk.billing.Money;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The receipt (OpenPDF, one page): the practice with its tax id, the invoice's number and date, the client, the
 * lines, payments (method labels, references), credit notes, balance and status. Amounts and the practice only:
 * never a diagnosis or a technique (the line is the service's name), and a credit note's free-text reason stays
 * off it.
 */
@Component
class ReceiptPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 9.5f);
    private static final Font BOLD = new Font(Font.HELVETICA, 9.5f, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL, Color.DARK_GRAY);
    private static final Color SHADE = new Color(0xE3, 0xE8, 0xEC);

    private final Practice practice;
    private final MessageSource messages;

    ReceiptPdf(Practice practice, MessageSource messages) {
        this.practice = practice;
        this.messages = messages;
    }

    byte[] render(Invoice invoice, Locale locale) {
        Words words = new Words(messages, locale, invoice.currency());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.open();
        header(document, invoice, words);
        document.add(lines(invoice, words));
        if (!invoice.payments().isEmpty()) {
            document.add(new Paragraph(words.text("invoices.receipt.payments"), HEADING));
            document.add(payments(invoice, words));
        }
        if (!invoice.creditNotes().isEmpty()) {
            document.add(new Paragraph(words.text("invoices.receipt.credits"), HEADING));
            document.add(credits(invoice, words));
        }
        document.add(summary(invoice, words));
        document.add(new Paragraph(words.text("invoices.receipt.footer", invoice.currency()), SMALL));
        document.close();
        return out.toByteArray();
    }

    static ResponseEntity<byte[]> response(byte[] pdf, Invoice invoice) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"receipt-" + invoice.number() + ".pdf\"")
                .body(pdf);
    }

    private void header(Document document, Invoice invoice, Words words) {
        Practice.Details details = practice.details();
        document.add(new Paragraph(details.name(), HEADING));
        document.add(new Paragraph(String.join("  ·  ", nonBlank(details.address(), details.phone(),
                details.email())), SMALL));
        String taxId = practice.billingDetails().taxId();
        if (!taxId.isBlank()) {
            document.add(new Paragraph(words.text("invoices.receipt.taxId", taxId), SMALL));
        }
        Paragraph title = new Paragraph(words.text("invoices.receipt.title"), TITLE);
        title.setSpacingBefore(10);
        document.add(title);
        document.add(new Paragraph(words.text("invoices.receipt.number", invoice.number()) + "  ·  "
                + words.text("invoices.receipt.date", words.date(invoice.issuedOn())), TEXT));
        document.add(new Paragraph(words.text("invoices.receipt.client", invoice.clientName()), TEXT));
        if (invoice.reason() != null) {
            document.add(new Paragraph(words.text("invoices.reason." + invoice.reason().name()), BOLD));
        }
        document.add(new Paragraph(" ", SMALL));
    }

    private PdfPTable lines(Invoice invoice, Words words) {
        PdfPTable table = table(new float[] {28, 5, 9, 9}, words, "invoices.receipt.description",
                "invoices.receipt.quantity", "invoices.receipt.unitPrice", "invoices.receipt.amount");
        for (Invoice.Line line : invoice.lines()) {
            table.addCell(cell(line.description(), TEXT, Element.ALIGN_LEFT));
            table.addCell(cell(String.valueOf(line.quantity()), TEXT, Element.ALIGN_RIGHT));
            table.addCell(cell(words.money(line.unitPrice()), TEXT, Element.ALIGN_RIGHT));
            table.addCell(cell(words.money(line.amount()), TEXT, Element.ALIGN_RIGHT));
        }
        PdfPCell label = cell(words.text("invoices.receipt.total"), BOLD, Element.ALIGN_RIGHT);
        label.setColspan(3);
        table.addCell(label);
        table.addCell(cell(words.money(invoice.total()), BOLD, Element.ALIGN_RIGHT));
        return table;
    }

    private PdfPTable payments(Invoice invoice, Words words) {
        PdfPTable table = table(new float[] {10, 12, 20, 9}, words, "invoices.receipt.date.column",
                "invoices.receipt.method", "invoices.receipt.reference", "invoices.receipt.amount");
        for (Invoice.Payment p : invoice.payments()) {
            table.addCell(cell(words.date(p.takenOn()), TEXT, Element.ALIGN_LEFT));
            table.addCell(cell(words.text("invoices.method." + p.method().name()), TEXT, Element.ALIGN_LEFT));
            table.addCell(cell(p.reference() == null ? "" : p.reference(), TEXT, Element.ALIGN_LEFT));
            table.addCell(cell(words.money(p.amount()), TEXT, Element.ALIGN_RIGHT));
        }
        return table;
    }

    private PdfPTable credits(Invoice invoice, Words words) {
        PdfPTable table = table(new float[] {10, 32, 9}, words, "invoices.receipt.date.column",
                "invoices.receipt.creditNote", "invoices.receipt.amount");
        for (Invoice.CreditNote c : invoice.creditNotes()) {
            table.addCell(cell(words.date(c.issuedOn()), TEXT, Element.ALIGN_LEFT));
            table.addCell(cell(c.number(), TEXT, Element.ALIGN_LEFT));
            table.addCell(cell("-" + words.money(c.amount()), TEXT, Element.ALIGN_RIGHT));
        }
        return table;
    }

    private PdfPTable summary(Invoice invoice, Words words) {
        PdfPTable table = new PdfPTable(new float[] {40, 11});
        table.setWidthPercentage(60);
        table.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.setSpacingBefore(10);
        table.setSpacingAfter(10);
        row(table, words.text("invoices.receipt.total"), words.money(invoice.total()), TEXT);
        if (!invoice.credited().isZero()) {
            row(table, words.text("invoices.receipt.credited"), "-" + words.money(invoice.credited()), TEXT);
        }
        row(table, words.text("invoices.receipt.paid"), words.money(invoice.paid()), TEXT);
        row(table, words.text("invoices.receipt.balance"), words.money(invoice.balance()), BOLD);
        if (!invoice.creditToClient().isZero()) {
            row(table, words.text("invoices.receipt.credit"), words.money(invoice.creditToClient()), TEXT);
        }
        row(table, words.text("invoices.receipt.status"), words.text("invoices.status." + invoice.status().name()),
                BOLD);
        return table;
    }

    private static void row(PdfPTable table, String label, String value, Font font) {
        table.addCell(borderless(label, font, Element.ALIGN_RIGHT));
        table.addCell(borderless(value, font, Element.ALIGN_RIGHT));
    }

    private static PdfPTable table(float[] widths, Words words, String... headings) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        table.setHeaderRows(1);
        for (String heading : headings) {
            PdfPCell cell = cell(words.text(heading), BOLD, Element.ALIGN_LEFT);
            cell.setBackgroundColor(SHADE);
            table.addCell(cell);
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font, int align) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(align);
        cell.setPadding(4);
        return cell;
    }

    private static PdfPCell borderless(String text, Font font, int align) {
        PdfPCell cell = cell(text, font, align);
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
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
