package org.reliefdesk.scheduling.reports;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.reliefdesk.shared.CsvCells;
import org.reliefdesk.scheduling.reports.OperationsReport.RoomLine;
import org.reliefdesk.scheduling.reports.OperationsReport.TherapistLine;

/**
 * The report's lines as CSV (RFC 4180): a header of the lines' field names, then one row per therapist and per
 * room; a field a line does not have is empty. A name a spreadsheet would read as a formula gets a leading quote.
 */
final class OperationsCsv {

    static final String[] HEADER = {"therapistId", "roomId", "name", "workingMinutes", "bookedMinutes", "utilisation"};

    private OperationsCsv() {
    }

    static String of(OperationsReport report) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (TherapistLine t : report.therapists()) {
                csv.printRecord(t.therapistId(), null, CsvCells.safe(t.name()), t.workingMinutes(), t.bookedMinutes(),
                        t.utilisation());
            }
            for (RoomLine r : report.rooms()) {
                csv.printRecord(null, r.roomId(), CsvCells.safe(r.name()), null, r.bookedMinutes(), r.utilisation());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }


    /** A file name for the download, e.g. {@code operations-2026-03-01-to-2026-03-31.csv}. */
    static String fileName(OperationsReport report) {
        return "operations-" + report.from() + "-to-" + report.to() + ".csv";
    }
}
