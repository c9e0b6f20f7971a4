package org.reliefdesk.services.internal;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.services.Service;
import org.reliefdesk.services.Services;
import org.reliefdesk.shared.Amounts;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.ForbiddenException;
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

/** The service catalogue: anyone signed in reads it; admins edit it. */
@RestController
@RequestMapping("/api/v1/services")
@Tag(name = "Services")
class ServicesApi {

    private final Services services;

    ServicesApi(Services services) {
        this.services = services;
    }

    @GetMapping
    Paged<Service> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        PageParams params = PageParams.of(page, size);
        List<Service> all = services.all();
        int from = (int) Math.min(all.size(), params.offset());
        int to = Math.min(all.size(), from + params.size());
        return new Paged<>(all.subList(from, to), params.page(), params.size(), all.size());
    }

    @GetMapping("/{code}")
    Service get(@PathVariable String code) {
        return services.find(code).orElseThrow(() -> new NotFoundException("Service"));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Service create(@AuthenticationPrincipal ReliefDeskUser user, @RequestBody ServiceRequest body) {
        requireAdmin(user);
        FieldErrors errors = new FieldErrors();
        BigDecimal price = Amounts.optional(body.price(), "price", errors);
        return services.save(new Service(body.code(), body.name(), body.minutes() == null ? 0 : body.minutes(),
                body.requiredSkills(), body.active() == null || body.active(), price), true, errors);
    }

    @PutMapping("/{code}")
    @Operation(summary = "Changes a service (ADMIN): fields left out stay as they were")
    Service update(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable String code,
            @RequestBody ServiceRequest body) {
        requireAdmin(user);
        Service current = services.find(code).orElseThrow(() -> new NotFoundException("Service"));
        FieldErrors errors = new FieldErrors();
        BigDecimal price = Amounts.optional(body.price(), "price", errors);
        return services.save(new Service(code, body.name() == null ? current.name() : body.name(),
                body.minutes() == null ? current.minutes() : body.minutes(),
                body.requiredSkills() == null ? current.requiredSkills() : body.requiredSkills(),
                body.active() == null ? current.active() : body.active(),
                price == null ? current.price() : price), false, errors);
    }

    /**
     * Boxed fields: on create a missing value is a rule to report (the price defaults to 0.00), not a parse
     * failure; on update (API.md "Money") a field left out keeps its value. {@code price} is read raw so that
     * only a JSON string is an amount.
     */
    record ServiceRequest(String code, String name, Integer minutes, List<String> requiredSkills, Boolean active,
            @Schema(type = "string", example = "95.00") JsonNode price) {
    }

    private static void requireAdmin(ReliefDeskUser user) {
        if (!user.isAdmin()) {
            throw new ForbiddenException("Only an administrator edits the service catalogue");
        }
    }
}
