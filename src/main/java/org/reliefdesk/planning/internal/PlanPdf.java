package org.reliefdesk.planning.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.reliefdesk.accounts.Practice;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.services.Services;
import org.reliefdesk.shared.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The printable plan (OpenPDF): practice, client, blocks in plain words, evidence with its strength, the caveat. */
@Component
class PlanPdf {

    static final String CAVEAT = "Massage complements medical care; it never replaces it. This plan is not a "
            + "diagnosis. Keep seeing your doctor about your headaches, and in an emergency call your local "
            + "emergency number.";
    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 9.5f);
    private static final Font BOLD = new Font(Font.HELVETICA, 9.5f, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL, Color.DARK_GRAY);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private final PlanStore store;
    private final Catalogue catalogue;
    private final Practice practice;
    private final Clients clients;
    private final Services services;
    private final Clock clock;

    PlanPdf(PlanStore store, Catalogue catalogue, Practice practice, Clients clients, Services services, Clock clock) {
        this.store = store;
        this.catalogue = catalogue;
        this.practice = practice;
        this.clients = clients;
        this.services = services;
        this.clock = clock;
    }

    /** The plan's current version, or {@code version} when given (404 when there is no such version). */
    byte[] render(SessionPlan plan, Integer version) {
        int wanted = version == null ? plan.version() : version;
        PlanVersion saved = store.version(plan.id(), wanted).orElseThrow(() -> new NotFoundException("Plan version"));
        PlanReading reading = PlanReading.of(catalogue, saved.version(), saved.blocks());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.open();
        header(document, plan, saved);
        document.add(blocks(reading));
        evidence(document, reading);
        document.add(new Paragraph(CAVEAT, BOLD));
        document.close();
        return out.toByteArray();
    }

    static ResponseEntity<byte[]> response(byte[] pdf, UUID planId) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"plan-" + planId + ".pdf\"").body(pdf);
    }

    private void header(Document document, SessionPlan plan, PlanVersion saved) {
        Practice.Details details = practice.details();
        document.add(new Paragraph(details.name(), HEADING));
        document.add(new Paragraph(String.join("  ·  ", details.address(), details.phone(), details.email())
                .replaceAll("(  ·  )+$", ""), SMALL));
        document.add(new Paragraph("Your session plan", TITLE));
        String client = clients.find(plan.clientId()).map(c -> c.fullName()).orElse("");
        String service = services.find(plan.serviceCode()).map(s -> s.name()).orElse(plan.serviceCode());
        document.add(new Paragraph("For " + client + " · " + service + " · version " + saved.version()
                + " of " + saved.savedAt().atZone(clock.getZone()).format(DATE), TEXT));
        document.add(new Paragraph(status(plan, saved), BOLD));
        document.add(Chunk.NEWLINE);
    }

    private String status(SessionPlan plan, PlanVersion saved) {
        if (saved.accepted()) {
            return "Accepted on " + saved.acceptedAt().atZone(clock.getZone()).format(DATE) + ", signed \""
                    + saved.signature() + "\"" + (Integer.valueOf(saved.version()).equals(plan.inForceVersion()) ? " (in force)" : "");
        }
        return switch (plan.status()) {
            case SUPERSEDED -> "Superseded by a newer plan";
            case NEEDS_REVIEW -> "Waiting for the therapist's review";
            default -> "Proposed: not yet accepted";
        };
    }

    private PdfPTable blocks(PlanReading reading) {
        PdfPTable table = new PdfPTable(new float[] {4, 6, 14, 20, 18, 12});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String title : new String[] {"#", "Min", "Part", "What", "Where", "Firmness"}) {
            PdfPCell cell = new PdfPCell(new Phrase(title, BOLD));
            cell.setBackgroundColor(new Color(0xE3, 0xE8, 0xEC));
            table.addCell(cell);
        }
        for (PlanReading.Row row : reading.rows()) {
            for (String text : new String[] {String.valueOf(row.order()), String.valueOf(row.minutes()), row.part(),
                row.what(), row.where(), row.firmness()}) {
                table.addCell(new PdfPCell(new Phrase(text, TEXT)));
            }
            String why = "Why: " + row.why() + (row.note() == null ? "" : "\nNote: " + row.note());
            PdfPCell cell = new PdfPCell(new Phrase(why, SMALL));
            cell.setColspan(6);
            cell.setPaddingBottom(6);
            table.addCell(cell);
        }
        PdfPCell total = new PdfPCell(new Phrase("Total: " + reading.totalMinutes() + " minutes", BOLD));
        total.setColspan(6);
        total.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(total);
        return table;
    }

    private void evidence(Document document, PlanReading reading) {
        document.add(Chunk.NEWLINE);
        document.add(new Paragraph("The evidence behind this plan", HEADING));
        document.add(new Paragraph("Studies of massage for headache are few and small; each is listed with how "
                + "strong it is.", SMALL));
        for (Evidence e : reading.evidence()) {
            Paragraph entry = new Paragraph();
            entry.add(new Chunk(e.citation() + " ", BOLD));
            entry.add(new Chunk(e.finding() + " ", TEXT));
            entry.add(new Chunk("Strength: " + e.strength() + ".", BOLD));
            entry.setSpacingAfter(4);
            document.add(entry);
        }
        document.add(Chunk.NEWLINE);
    }
}
