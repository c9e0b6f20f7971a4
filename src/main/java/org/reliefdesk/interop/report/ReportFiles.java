package org.reliefdesk.interop.report;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** File names and download responses for the report and the export: {@code <what>-<name-slug>-<date>.<ext>}. */
public final class ReportFiles {

    private ReportFiles() {
    }

    /** {@code Zoë O'Brien} → {@code zoe-o-brien}; never empty. */
    public static String slug(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return plain.isEmpty() ? "client" : plain;
    }

    public static String name(String what, String clientName, LocalDate on, String extension) {
        return what + "-" + slug(clientName) + "-" + on + "." + extension;
    }

    public static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .body(body);
    }
}
