package org.reliefdesk.charting.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.charting.SessionNote;
import org.reliefdesk.charting.SessionNote.Amendment;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.Paged;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** SOAP notes per booking over the API (API.md "Charting, diary, outcomes"). */
@RestController
@RequestMapping("/api/v1/bookings/{bookingId}/note")
@Tag(name = "Charting")
class NotesApi {

    private final NoteDesk desk;

    NotesApi(NoteDesk desk) {
        this.desk = desk;
    }

    @GetMapping
    SessionNote get(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID bookingId) {
        return desk.read(bookingId, user);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = NoteInput.class)))
    SessionNote create(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID bookingId,
            @RequestBody JsonNode body) {
        FieldErrors errors = new FieldErrors();
        return desk.create(bookingId, NoteJson.read(body, errors), user, errors);
    }

    @PutMapping
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = NoteInput.class)))
    SessionNote update(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID bookingId,
            @RequestBody JsonNode body) {
        FieldErrors errors = new FieldErrors();
        return desk.update(bookingId, NoteJson.read(body, errors), user, errors);
    }

    @PostMapping("/sign")
    SessionNote sign(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID bookingId) {
        return desk.sign(bookingId, user);
    }

    @GetMapping("/amendments")
    Paged<Amendment> amendments(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID bookingId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        List<Amendment> all = desk.read(bookingId, user).amendments();
        PageParams params = PageParams.of(page, size);
        int from = (int) Math.min(all.size(), params.offset());
        return new Paged<>(all.subList(from, Math.min(all.size(), from + params.size())), params.page(),
                params.size(), all.size());
    }

    @GetMapping("/amendments/{amendmentId}")
    Amendment amendment(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID bookingId,
            @PathVariable UUID amendmentId) {
        return desk.read(bookingId, user).amendments().stream().filter(a -> a.id().equals(amendmentId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Amendment"));
    }

    @PostMapping("/amendments")
    @ResponseStatus(HttpStatus.CREATED)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = AmendmentRequest.class)))
    Amendment amend(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID bookingId,
            @RequestBody JsonNode body) {
        return desk.amend(bookingId, NoteJson.text(body, "text"), user);
    }

    /** The body of an amendment (read leniently, so a wrong type is a 422 naming the field). */
    record AmendmentRequest(String text) {
    }
}
