package org.reliefdesk.services.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.services.Service;
import org.reliefdesk.services.Services;
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
        return services.save(body.toService(body.code()), true);
    }

    @PutMapping("/{code}")
    Service update(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable String code,
            @RequestBody ServiceRequest body) {
        requireAdmin(user);
        services.find(code).orElseThrow(() -> new NotFoundException("Service"));
        return services.save(body.toService(code), false);
    }

    /** Boxed fields: a missing value is a rule to report, not a parse failure. */
    record ServiceRequest(String code, String name, Integer minutes, List<String> requiredSkills, Boolean active) {
        Service toService(String serviceCode) {
            return new Service(serviceCode, name, minutes == null ? 0 : minutes, requiredSkills,
                    active == null || active);
        }
    }

    private static void requireAdmin(ReliefDeskUser user) {
        if (!user.isAdmin()) {
            throw new ForbiddenException("Only an administrator edits the service catalogue");
        }
    }
}
