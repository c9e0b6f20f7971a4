package org.reliefdesk.shared;

/** Cells of the CSV downloads that a spreadsheet opens: text typed by people is never run as a formula. */
public final class CsvCells {

    private CsvCells() {
    }

    /** {@code =SUM(…)}, {@code +…}, {@code -…}, {@code @…} and leading tabs or returns are not run as formulas. */
    public static String safe(String text) {
        if (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
