package org.reliefdesk.notifications.internal;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.reliefdesk.notifications.Outbox;
import org.reliefdesk.notifications.Outbox.QueuedMessage;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.Paged;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Admins see queued, sent and failed messages (subjects and recipients; bodies stay in the database). */
@RestController
@Tag(name = "Notifications")
class OutboxApi {

    private final Outbox outbox;

    OutboxApi(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/api/v1/outbox")
    Paged<QueuedMessage> list(Authentication authentication, @RequestParam(required = false) String state,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        if (authentication.getAuthorities().stream().noneMatch(a -> a.getAuthority().equals("ROLE_ADMIN"))) {
            throw new ForbiddenException("Only an administrator sees the outbox");
        }
        return outbox.list(state, PageParams.of(page, size));
    }
}
