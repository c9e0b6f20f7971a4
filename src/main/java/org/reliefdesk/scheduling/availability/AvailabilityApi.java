package org.reliefdesk.scheduling.availability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.scheduling.availability.SlotFinder.SlotView;
import org.reliefdesk.services.Service;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.NotFoundException;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.reliefdesk.scheduling.practice.Ids;
import org.reliefdesk.scheduling.practice.Location;
import org.reliefdesk.scheduling.practice.RequestResolver;
import org.reliefdesk.scheduling.practice.TimeRange;

/**
 * Bookable starts (not paged). A client's own plan applies to their searches even without {@code clientId}.
 * Anonymous callers get the same slots, each with the therapist's first name ({@code therapistFirstName}).
 */
@RestController
@RequestMapping("/api/v1/availability")
@Tag(name = "Scheduling")
class AvailabilityApi {

    private final RequestResolver resolver;
    private final Clients clients;
    private final ClientAccess access;
    private final Requirements requirements;
    private final SlotFinder finder;

    AvailabilityApi(RequestResolver resolver, Clients clients, ClientAccess access, Requirements requirements,
            SlotFinder finder) {
        this.resolver = resolver;
        this.clients = clients;
        this.access = access;
        this.requirements = requirements;
        this.finder = finder;
    }

    record Answer(String timeZone, List<SlotView> slots) {
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Answer.class)))
    void slots(@AuthenticationPrincipal ReliefDeskUser user, @RequestParam(required = false) String locationId,
            @RequestParam(required = false) String serviceCode, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String therapistId,
            @RequestParam(required = false) String clientId, HttpServletResponse response) throws IOException {
        FieldErrors errors = new FieldErrors();
        UUID client = client(user, clientId, errors);
        Location location = resolver.locationOrFirst(locationId, errors);
        Service service = resolver.service(serviceCode, errors);
        UUID therapist = resolver.therapist(therapistId, errors);
        TimeRange range = location == null ? null : TimeRange.parse(from, to, location.zone(), errors);
        errors.throwIfAny();
        var needs = requirements.of(service, client);
        response.setBufferSize(64 * 1024); // a month's answer is hundreds of kB: fewer, larger writes to the socket
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8);
        finder.writeJson(location, service.minutes(), needs, therapist, range.from(), range.to(), user == null,
                response.getOutputStream());
    }

    /**
     * Staff may name any client; a client only themself (another is a 404); clients default to themself.
     * Anonymous callers (the public booking page) name none: the security configuration asks them to sign in.
     */
    private UUID client(ReliefDeskUser user, String clientId, FieldErrors errors) {
        if (user == null) {
            return null;
        }
        if (clientId == null) {
            return user.isClient() ? clients.findByUser(user.id()).map(c -> c.id()).orElse(null) : null;
        }
        UUID id = Ids.parse(clientId);
        if (user.isClient()) {
            if (id == null) {
                throw new NotFoundException("Client");
            }
            return access.profile(id, user).id();
        }
        if (id == null || clients.find(id).isEmpty()) {
            errors.add("clientId", "is not a known client");
        }
        return id;
    }
}
