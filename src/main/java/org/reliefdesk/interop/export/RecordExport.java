package org.reliefdesk.interop.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import ca.uhn.fhir.context.FhirContext;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.diary.Diary;
import org.reliefdesk.diary.DiaryEntry;
import org.reliefdesk.interop.fhir.EverythingBundle;
import org.reliefdesk.interop.report.ProgressReportPdf;
import org.reliefdesk.interop.report.ProgressReports;
import org.reliefdesk.interop.report.ReportFiles;
import org.reliefdesk.planning.PlanPrints;
import org.reliefdesk.screening.ClearanceLetters;
import org.reliefdesk.shared.ForbiddenException;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The client's whole record as one zip (API.md "Interoperability and the client's own record"): {@code bundle.json}
 * (the {@code $everything} Bundle), {@code progress-report.pdf}, {@code plan-v<N>.pdf} per plan version
 * ({@code plan-<k>-v<N>.pdf} when the client has had more than one plan), {@code clearance-letter.pdf} when one is
 * due, and {@code diary.csv}. The client themself or an admin (audited); anyone else on the staff 403.
 */
@Component
public class RecordExport {

    static final String[] DIARY_HEADER = {"date", "headache", "peakIntensity", "durationHours", "acuteMedication",
        "triggers", "note"};
    private static final LocalDate DIARY_FROM = LocalDate.of(1900, 1, 1);

    private final ClientAccess access;
    private final EverythingBundle everything;
    private final FhirContext fhir;
    private final ProgressReports reports;
    private final ProgressReportPdf reportPdf;
    private final PlanPrints plans;
    private final ClearanceLetters letters;
    private final Diary diary;

    RecordExport(ClientAccess access, EverythingBundle everything, @Lazy FhirContext fhir, ProgressReports reports,
            ProgressReportPdf reportPdf, PlanPrints plans, ClearanceLetters letters, Diary diary) {
        this.access = access;
        this.everything = everything;
        this.fhir = fhir;
        this.reports = reports;
        this.reportPdf = reportPdf;
        this.plans = plans;
        this.letters = letters;
        this.diary = diary;
    }

    /** The zip and its file name. */
    public record Export(String filename, byte[] zip) {
    }

    public Export export(UUID clientId, ReliefDeskUser user, Locale locale) {
        Client client = access.profile(clientId, user);
        if (user.isStaff() && !user.isAdmin()) {
            throw new ForbiddenException("Only the client or an administrator exports a record");
        }
        access.recordRead(user, clientId, "EXPORT_RECORD", "RECORD", null);
        LocalDate today = diary.today();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            add(zip, "bundle.json", fhir.newJsonParser().setPrettyPrint(true)
                    .encodeResourceToString(everything.everything(clientId, user)).getBytes(StandardCharsets.UTF_8));
            add(zip, "progress-report.pdf", reportPdf.render(reports.of(client), locale));
            var prints = plans.all(clientId);
            boolean several = prints.stream().map(PlanPrints.Print::planNumber).distinct().count() > 1;
            for (PlanPrints.Print print : prints) {
                add(zip, (several ? "plan-" + print.planNumber() + "-v" : "plan-v") + print.version() + ".pdf",
                        print.pdf());
            }
            var letter = letters.latest(client);
            if (letter.isPresent()) {
                add(zip, "clearance-letter.pdf", letter.get());
            }
            add(zip, "diary.csv", diaryCsv(clientId, today));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Export(ReportFiles.name("reliefdesk-record", client.fullName(), today, "zip"), out.toByteArray());
    }

    private byte[] diaryCsv(UUID clientId, LocalDate today) throws IOException {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(csv, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(DIARY_HEADER).get())) {
            for (DiaryEntry e : diary.between(clientId, DIARY_FROM, today)) {
                printer.printRecord(e.date().toString(), e.headache(), e.peakIntensity(),
                        e.durationHours() == null ? null : e.durationHours().toPlainString(),
                        String.join(";", e.acuteMedication()), String.join(";", e.triggers()), e.note());
            }
        }
        return csv.toByteArray();
    }

    private static void add(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
