package org.reliefdesk.screening.internal;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import org.reliefdesk.accounts.Practice;
import org.reliefdesk.clients.Client;
import org.reliefdesk.intake.SubmittedIntake;
import org.reliefdesk.screening.Flag;
import org.springframework.context.MessageSource;

/**
 * The letter a client takes to their physician when the screening needs a clearance: the practice's
 * details, each concern with the client's answers that raised it and its source, a request for
 * clearance, the options to tick and a line for the physician's signature (OpenPDF, A4).
 */
final class ClearanceLetter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final Font TITLE = new Font(Font.HELVETICA, 15, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 11.5f, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 10.5f);
    private static final Font SMALL = new Font(Font.HELVETICA, 9);

    /** What the letter is about. {@code concerns} need a clearance; {@code cautions} are noted only. */
    record Content(Practice.Details practice, Client client, SubmittedIntake intake, LocalDate sentOn,
            List<Concerns.Concern> concerns, List<Flag> cautions, String areas, LocalDate today) {
    }

    private final MessageSource messages;
    private final Document document = new Document(PageSize.A4, 56, 56, 48, 48);

    private ClearanceLetter(MessageSource messages) {
        this.messages = messages;
    }

    static byte[] write(Content content, MessageSource messages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ClearanceLetter letter = new ClearanceLetter(messages);
        PdfWriter.getInstance(letter.document, out);
        letter.document.addTitle(letter.text("screening.letter.title"));
        letter.document.open();
        letter.header(content.practice());
        letter.opening(content);
        letter.concerns(content);
        letter.assessment(content);
        letter.document.close();
        return out.toByteArray();
    }

    private void header(Practice.Details practice) {
        add(practice.name(), TITLE, 0);
        Stream.of(practice.address(), practice.phone(), practice.email(), practice.website())
                .filter(s -> s != null && !s.isBlank()).forEach(s -> add(s, SMALL, 0));
        document.add(new LineSeparator(0.5f, 100, null, Element.ALIGN_CENTER, -4));
    }

    private void opening(Content c) {
        String physician = c.intake().answers().text("about.physician");
        add(text("screening.letter.title"), HEADING, 14);
        add(text("screening.letter.date", DAY.format(c.today())), BODY, 8);
        add(text("screening.letter.to", physician == null ? text("screening.letter.toUnknown") : physician), BODY, 4);
        LocalDate born = c.intake().answers().date("about.dateOfBirth");
        add(text("screening.letter.re", c.client().fullName(), born == null ? "—" : DAY.format(born)), BODY, 4);
        add(text("screening.letter.dear"), BODY, 12);
        add(text("screening.letter.intro", c.client().fullName(), DAY.format(c.sentOn())), BODY, 6);
    }

    private void concerns(Content c) {
        add(text("screening.letter.concerns"), HEADING, 12);
        int n = 1;
        for (Concerns.Concern concern : c.concerns()) {
            add(n++ + ". " + concern.flag().therapistReason(), BODY, 8);
            if (!concern.answers().isEmpty()) {
                add(text("screening.letter.answers"), SMALL, 2);
                concern.answers().forEach(a -> indent("\u2022 " + a.question() + " \u2014 " + a.answer()));
            }
            indent(text("screening.letter.source", concern.flag().source()));
        }
        if (!c.cautions().isEmpty()) {
            add(text("screening.letter.cautions"), HEADING, 12);
            c.cautions().forEach(f -> indent("\u2022 " + f.therapistReason()));
        }
        add(text("screening.letter.areas", c.areas()), BODY, 10);
    }

    private void assessment(Content c) {
        add(text("screening.letter.request", c.client().fullName()), BODY, 10);
        add(text("screening.letter.assessment"), HEADING, 12);
        Stream.of("optionYes", "optionPrecautions", "optionNo", "physicianName", "signature", "stamp")
                .forEach(key -> add(text("screening.letter." + key), BODY, 12));
        String email = c.practice().email();
        add(text("screening.letter.return", email == null || email.isBlank() ? "" : " (" + email + ")"), BODY, 30);
        add(text(c.intake().answers().bool("consent.shareWithPhysician") ? "screening.letter.consentYes"
                : "screening.letter.consentNo"), SMALL, 6);
        add(text("screening.letter.footer"), SMALL, 4);
    }

    private void indent(String line) {
        Paragraph paragraph = new Paragraph(line, SMALL);
        paragraph.setIndentationLeft(16);
        paragraph.setSpacingBefore(1);
        document.add(paragraph);
    }

    private void add(String line, Font font, float spacingBefore) {
        Paragraph paragraph = new Paragraph(line, font);
        paragraph.setSpacingBefore(spacingBefore);
        document.add(paragraph);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }
}
