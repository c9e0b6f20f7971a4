package org.reliefdesk.diary.internal;

import org.reliefdesk.diary.DiaryInput;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.diary.Diary;
import org.reliefdesk.diary.DiaryEntry;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.Paged;
import org.reliefdesk.shared.TypedFields;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The headache diary over the API: the client themself, therapists and admins; front desk 403. */
@RestController
@RequestMapping("/api/v1/clients/{clientId}")
@Tag(name = "Diary")
class DiaryApi {

    private final Diary diary;
    private final ClientAccess access;
    private final DiaryReminders reminders;

    DiaryApi(Diary diary, ClientAccess access, DiaryReminders reminders) {
        this.diary = diary;
        this.access = access;
        this.reminders = reminders;
    }

    @PutMapping("/diary/{date}")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "The day's entry, created")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The day's entry, replaced")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = DiaryInput.class)))
    ResponseEntity<DiaryEntry> put(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID clientId,
            @PathVariable String date, @RequestBody JsonNode body) {
        access.clinical(clientId, user, "WRITE_DIARY", "DIARY", date);
        FieldErrors errors = new FieldErrors();
        LocalDate day = TypedFields.date("date", date, errors);
        Diary.Saved saved = diary.record(clientId, day, DiaryJson.read(body, errors), user.id(), errors);
        return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK).body(saved.entry());
    }

    @GetMapping("/diary/{date}")
    DiaryEntry get(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID clientId,
            @PathVariable String date) {
        access.clinical(clientId, user, "READ_DIARY", "DIARY", date);
        FieldErrors errors = new FieldErrors();
        LocalDate day = TypedFields.date("date", date, errors);
        errors.throwIfAny();
        return diary.on(clientId, day).orElseThrow(() -> new NotFoundException("Diary entry"));
    }

    @GetMapping("/diary")
    Paged<DiaryEntry> list(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID clientId,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        access.clinical(clientId, user, "READ_DIARY", "DIARY", null);
        FieldErrors errors = new FieldErrors();
        LocalDate lower = TypedFields.date("from", from, errors);
        LocalDate upper = TypedFields.date("to", to, errors);
        if (lower != null && upper != null && lower.isAfter(upper)) {
            errors.add("to", "must not be before from");
        }
        errors.throwIfAny();
        return diary.page(clientId, lower, upper, PageParams.of(page, size));
    }

    @GetMapping("/diary-reminder")
    Reminder reminder(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID clientId) {
        access.clinical(clientId, user, "READ_DIARY_REMINDER", "DIARY_REMINDER", clientId);
        return new Reminder(reminders.hourOf(clientId).orElse(null));
    }

    @PutMapping("/diary-reminder")
    Reminder setReminder(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID clientId,
            @RequestBody Reminder body) {
        access.clinical(clientId, user, "WRITE_DIARY_REMINDER", "DIARY_REMINDER", clientId);
        reminders.set(clientId, body.hour());
        return new Reminder(body.hour());
    }

    /** The daily reminder hour (0–23, practice time), or null for none. */
    record Reminder(Integer hour) {
    }
}
