package org.reliefdesk.billing.reports;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.reliefdesk.shared.CsvCells;
import org.reliefdesk.billing.reports.BalancesReport.Line;
import org.reliefdesk.billing.reports.RevenueReport.ServiceLine;
import org.reliefdesk.billing.reports.RevenueReport.TherapistLine;
import org.reliefdesk.billing.reports.TakingsReport.CreditNoteLine;
import org.reliefdesk.billing.reports.TakingsReport.InvoiceLine;
import org.reliefdesk.billing.reports.TakingsReport.MethodLine;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The money reports as CSV (RFC 4180): a header of field names, then one row per line, {@code kind} saying which
 * list a row comes from; a field a row does not have is empty. Amounts as in JSON ({@code 95.00}). Text a
 * spreadsheet would read as a formula gets a leading quote.
 */
final class MoneyReportsCsv {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final String[] TAKINGS = {"kind", "method", "id", "number", "invoiceNumber", "clientName", "count",
        "amount"};
    static final String[] REVENUE = {"kind", "serviceCode", "therapistId", "name", "count", "amount"};
    static final String[] BALANCES = {"clientId", "name", "owed", "openInvoices", "oldestIssuedOn"};

    private MoneyReportsCsv() {
    }

    /** METHOD rows (every takings method), then INVOICE rows (amount: the total), then CREDIT_NOTE rows. */
    static String takings(TakingsReport report) {
        return write(TAKINGS, csv -> {
            for (MethodLine m : report.byMethod()) {
                csv.printRecord("METHOD", m.method(), null, null, null, null, m.count(), m.amount());
            }
            for (InvoiceLine i : report.invoices()) {
                csv.printRecord("INVOICE", null, i.id(), i.number(), null, CsvCells.safe(i.clientName()), null,
                        i.total());
            }
            for (CreditNoteLine n : report.creditNotes()) {
                csv.printRecord("CREDIT_NOTE", null, n.id(), n.number(), n.invoiceNumber(), null, null, n.amount());
            }
        });
    }

    /** SERVICE rows, then THERAPIST rows (a row without code or id: the invoices without one). */
    static String revenue(RevenueReport report) {
        return write(REVENUE, csv -> {
            for (ServiceLine s : report.byService()) {
                csv.printRecord("SERVICE", s.serviceCode(), null, CsvCells.safe(s.name()), s.count(), s.amount());
            }
            for (TherapistLine t : report.byTherapist()) {
                csv.printRecord("THERAPIST", null, t.therapistId(), CsvCells.safe(t.name()), t.count(), t.amount());
            }
        });
    }

    static String balances(BalancesReport report) {
        return write(BALANCES, csv -> {
            for (Line l : report.items()) {
                csv.printRecord(l.clientId(), CsvCells.safe(l.name()), l.owed(), l.openInvoices(), l.oldestIssuedOn());
            }
        });
    }

    static ResponseEntity<String> download(String csv, String name) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"").body(csv);
    }

    private interface Rows {
        void print(CSVPrinter csv) throws IOException;
    }

    private static String write(String[] header, Rows rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get())) {
            rows.print(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

}
