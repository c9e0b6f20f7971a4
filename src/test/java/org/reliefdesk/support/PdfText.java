package org.reliefdesk.support;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of every page of a PDF, as a reader would copy it (spaces collapsed), its page count, and what makes it
 * accessible and printable: its title, language, tags and paper (PDFBox).
 */
public final class PdfText {

    private PdfText() {
    }

    public static String of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    public static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    /** The document's title (its information dictionary). */
    public static String title(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getDocumentInformation().getTitle();
        }
    }

    /** The document's language (the catalog's {@code /Lang}), e.g. {@code es}. */
    public static String language(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getDocumentCatalog().getLanguage();
        }
    }

    /** A tagged PDF: a structure tree and {@code /MarkInfo << /Marked true >>}. */
    public static boolean tagged(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var catalog = document.getDocumentCatalog();
            return catalog.getStructureTreeRoot() != null && catalog.getMarkInfo() != null
                    && catalog.getMarkInfo().isMarked();
        }
    }

    /** {@code Letter}, {@code A4} or the first page's size in points. */
    public static String paper(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle box = document.getPage(0).getMediaBox();
            if (near(box, PDRectangle.LETTER)) {
                return "Letter";
            }
            return near(box, PDRectangle.A4) ? "A4" : box.getWidth() + "x" + box.getHeight();
        }
    }

    private static boolean near(PDRectangle a, PDRectangle b) {
        return Math.abs(a.getWidth() - b.getWidth()) < 2 && Math.abs(a.getHeight() - b.getHeight()) < 2;
    }
}
