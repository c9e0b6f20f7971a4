package org.reliefdesk.backup.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin page: the backups in the folder, the settings in force, "Back up now" and how to restore. */
@Controller
class BackupPages {

    private final Backups backups;
    private final Clock clock;
    private final MessageSource messages;

    BackupPages(Backups backups, Clock clock, MessageSource messages) {
        this.backups = backups;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/admin/backups")
    String page(Model model) {
        model.addAttribute("available", backups.available());
        model.addAttribute("nightly", backups.nightlyEnabled());
        model.addAttribute("settings", backups.settings());
        model.addAttribute("folder", backups.folder().toString());
        model.addAttribute("zone", clock.getZone().getId());
        model.addAttribute("backups", backups.list().stream().map(b -> new Row(b.id(), when(b.takenAt()),
                b.kind().name(), size(b.sizeBytes()), BackupFile.fileName(b.id()))).toList());
        model.addAttribute("running", backups.inProgress().stream()
                .map(p -> new Row(p.id(), when(p.requestedAt()), p.status(), p.error(), null)).toList());
        return "backup/backups";
    }

    @PostMapping("/admin/backups")
    String backUpNow(RedirectAttributes redirect) {
        if (backups.available()) {
            redirect.addFlashAttribute("started", backups.start());
        }
        return "redirect:/admin/backups";
    }

    /** In the reader's date-and-time shape ({@code format.dateTime}), in the practice's zone. */
    private String when(Instant at) {
        Locale locale = LocaleContextHolder.getLocale();
        return DateTimeFormatter.ofPattern(messages.getMessage("format.dateTime", null, locale), locale)
                .format(at.atZone(clock.getZone()));
    }

    private static String size(long bytes) {
        return bytes < 1_000_000 ? Math.max(1, bytes / 1000) + " kB"
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    /** A line of the page: a finished backup (kind, size, file) or one running or failed (status, error). */
    record Row(String id, String when, String kind, String detail, String file) {
    }
}
