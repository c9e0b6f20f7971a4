package org.reliefdesk.billing.superbills;

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
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.reliefdesk.billing.Money;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The superbill as a one-page PDF where it fits (OpenPDF), in the reader's language; codes, never CPT descriptors. */
@Component
class SuperbillPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 9.5f);
    private static final Font BOLD = new Font(Font.HELVETICA, 9.5f, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL, Color.DARK_GRAY);

    private final MessageSource messages;
    private final ProcedureCodes codes;

    SuperbillPdf(MessageSource messages, ProcedureCodes codes) {
        this.messages = messages;
        this.codes = codes;
    }

    byte[] render(Superbill bill, Locale locale) {
        Words words = new Words(messages, locale, bill.currency());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER, 40, 40, 36, 36);
        PdfWriter.getInstance(document, out);
        document.open();
        practice(document, bill, words);
        document.add(new Paragraph(words.text("superbill.pdf.title", words.date(bill.from()), words.date(bill.to())),
                TITLE));
        parties(document, bill, words);
        diagnoses(document, bill, words);
        document.add(sessions(bill, words));
        notes(document, bill, words);
        document.close();
        return out.toByteArray();
    }

    static ResponseEntity<byte[]> response(byte[] pdf, Superbill bill) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"superbill-" + bill.from() + "-to-"
                        + bill.to() + ".pdf\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(pdf);
    }

    private static void practice(Document document, Superbill bill, Words words) {
        Superbill.Practice p = bill.practice();
        document.add(new Paragraph(p.name(), HEADING));
        document.add(new Paragraph(String.join("  ·  ", nonBlank(p.address(), p.phone(), p.email())), SMALL));
        document.add(new Paragraph(words.text("superbill.pdf.taxId", orDash(p.taxId())) + "    "
                + words.text("superbill.pdf.npi", orDash(p.npi())), TEXT));
    }

    private static void parties(Document document, Superbill bill, Words words) {
        Superbill.Person client = bill.client();
        document.add(new Paragraph(words.text("superbill.pdf.client", client.name(),
                client.dateOfBirth() == null ? "—" : words.date(client.dateOfBirth())), TEXT));
        for (Superbill.Provider provider : bill.providers()) {
            document.add(new Paragraph(words.text("superbill.pdf.therapist", provider.name(),
                    provider.licence() == null ? words.text("superbill.pdf.noLicence") : provider.licence()), TEXT));
        }
    }

    private static void diagnoses(Document document, Superbill bill, Words words) {
        Paragraph heading = new Paragraph(words.text("superbill.pdf.diagnoses"), HEADING);
        heading.setSpacingBefore(6);
        document.add(heading);
        if (bill.diagnoses().isEmpty()) {
            document.add(new Paragraph(words.text("superbill.pdf.fromPhysician"), BOLD));
            return;
        }
        for (Diagnosis d : bill.diagnoses()) {
            document.add(new Paragraph(words.text("superbill.pdf.diagnosis", d.code(), d.description(),
                    d.diagnosedBy(), words.date(d.diagnosedOn())), TEXT));
        }
    }

    private PdfPTable sessions(Superbill bill, Words words) {
        PdfPTable table = new PdfPTable(new float[] {14, 24, 30, 12, 12});
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.setHeaderRows(1);
        for (String key : new String[] {"date", "therapist", "codes", "charge", "paid"}) {
            PdfPCell cell = new PdfPCell(new Phrase(words.text("superbill.pdf.col." + key), BOLD));
            cell.setBackgroundColor(new Color(0xE3, 0xE8, 0xEC));
            table.addCell(cell);
        }
        if (bill.sessions().isEmpty()) {
            PdfPCell none = new PdfPCell(new Phrase(words.text("superbill.pdf.noSessions"), TEXT));
            none.setColspan(5);
            table.addCell(none);
        }
        for (Superbill.Session s : bill.sessions()) {
            table.addCell(new Phrase(words.date(s.date()), TEXT));
            table.addCell(new Phrase(s.therapist(), TEXT));
            String coded = s.lines().isEmpty() ? words.text("superbill.pdf.noCodes") : s.codes() + (s.fromPlan() ? " *" : "");
            table.addCell(new Phrase(coded, TEXT));
            table.addCell(amount(words.money(s.charge()), TEXT));
            table.addCell(amount(words.money(s.paid()), TEXT));
        }
        PdfPCell label = new PdfPCell(new Phrase(words.text("superbill.pdf.total"), BOLD));
        label.setColspan(3);
        label.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(label);
        table.addCell(amount(words.money(bill.charged()), BOLD));
        table.addCell(amount(words.money(bill.paid()), BOLD));
        return table;
    }

    private void notes(Document document, Superbill bill, Words words) {
        Paragraph legend = new Paragraph(words.text("superbill.pdf.codes", codes.all().stream()
                .map(c -> c.code() + " " + words.text("superbill.code." + c.code(), c.name()))
                .reduce((a, b) -> a + "; " + b).orElse("")), SMALL);
        legend.setSpacingBefore(8);
        document.add(legend);
        document.add(new Paragraph(words.text("superbill.pdf.units"), SMALL));
        if (bill.sessions().stream().anyMatch(Superbill.Session::fromPlan)) {
            document.add(new Paragraph(words.text("superbill.pdf.fromPlan"), SMALL));
        }
        document.add(new Paragraph(words.text("superbill.pdf.neverChosen"), SMALL));
    }

    private static PdfPCell amount(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }

    private static String[] nonBlank(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toArray(String[]::new);
    }

    /** Messages, dates and money in the reader's locale. */
    private record Words(MessageSource messages, Locale locale, String currency) {

        String text(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }

        String date(LocalDate date) {
            return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
        }

        String money(Money money) {
            return money == null ? "—" : money.format(locale, currency);
        }
    }
}
