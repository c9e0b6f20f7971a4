package org.reliefdesk.backup.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.Paged;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Admins list the embedded database's backups and ask for one now (it runs in the background). */
@RestController
@Tag(name = "Backups")
class BackupsApi {

    private final Backups backups;

    BackupsApi(Backups backups) {
        this.backups = backups;
    }

    @GetMapping("/api/v1/admin/backups")
    Paged<BackupFile> list(Authentication authentication, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        requireAdmin(authentication);
        PageParams paging = PageParams.of(page, size);
        List<BackupFile> all = backups.list();
        List<BackupFile> items = all.stream().skip(paging.offset()).limit(paging.size()).toList();
        return new Paged<>(items, paging.page(), paging.size(), all.size());
    }

    @PostMapping("/api/v1/admin/backups")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Started start(Authentication authentication) {
        requireAdmin(authentication);
        if (!backups.available()) {
            throw new ConflictException("ReliefDesk uses an external database: its provider's backups apply");
        }
        return new Started(backups.start());
    }

    /** A finished backup ({@code DONE}), or one still {@code RUNNING} or {@code FAILED} (with its error). */
    @GetMapping("/api/v1/admin/backups/{id}")
    State get(Authentication authentication, @PathVariable String id) {
        requireAdmin(authentication);
        return backups.find(id).map(b -> new State(b.id(), b.takenAt(), b.sizeBytes(), b.kind(), "DONE", null))
                .or(() -> backups.progress(id).map(p -> new State(p.id(), p.requestedAt(), null, p.kind(), p.status(),
                        p.error())))
                .orElseThrow(() -> new NotFoundException("No backup " + id));
    }

    record State(String id, Instant takenAt, Long sizeBytes, BackupFile.Kind kind, String status, String error) {
    }

    static void requireAdmin(Authentication authentication) {
        if (authentication.getAuthorities().stream().noneMatch(a -> a.getAuthority().equals("ROLE_ADMIN"))) {
            throw new ForbiddenException("Only an administrator sees and takes backups");
        }
    }

    /** The backup that has started; follow it in the list. */
    record Started(@org.jspecify.annotations.NonNull String id) {
    }
}
