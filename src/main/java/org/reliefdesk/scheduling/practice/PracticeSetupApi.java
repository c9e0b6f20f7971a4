package org.reliefdesk.scheduling.practice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.scheduling.practice.Location.Equipment;
import org.reliefdesk.scheduling.practice.Location.Room;
import org.reliefdesk.scheduling.practice.Therapist.Licence;
import org.reliefdesk.shared.Amounts;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.Paged;
import org.reliefdesk.shared.RuleViolationException;
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

/** Locations, therapists, their hours and time off (admins write; anyone signed in reads). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Scheduling")
class PracticeSetupApi {

    private final Locations locations;
    private final Therapists therapists;
    private final WorkingHours hours;
    private final Clock clock;

    PracticeSetupApi(Locations locations, Therapists therapists, WorkingHours hours, Clock clock) {
        this.locations = locations;
        this.therapists = therapists;
        this.hours = hours;
        this.clock = clock;
    }

    /**
     * Boxed numbers: absent means the default (buffer 15, late window 24 hours, offers held 120
     * minutes); {@code address}, {@code offerHoldMinutes} and the fees absent on an update keep what is on file
     * (the fees are 0.00 on a new location). The fees are read raw: only a JSON string such as "40.00" is an amount.
     */
    record LocationRequest(String name, String timeZone, List<Room> rooms, List<Equipment> equipment,
            Integer bufferMinutes, Integer lateCancelHours, String address, Integer offerHoldMinutes,
            @Schema(type = "string", example = "40.00") JsonNode lateCancelFee,
            @Schema(type = "string", example = "60.00") JsonNode noShowFee) {
        /** The location asked for; a malformed fee is added to {@code errors} and left null. */
        Location toLocation(FieldErrors errors) {
            return new Location(null, name, timeZone, bufferMinutes == null ? 15 : bufferMinutes,
                    lateCancelHours == null ? 24 : lateCancelHours, rooms, equipment, address, offerHoldMinutes,
                    Amounts.optional(lateCancelFee, "lateCancelFee", errors),
                    Amounts.optional(noShowFee, "noShowFee", errors));
        }
    }

    @PostMapping("/locations")
    @ResponseStatus(HttpStatus.CREATED)
    Location createLocation(@AuthenticationPrincipal ReliefDeskUser user, @RequestBody LocationRequest body) {
        Roles.admin(user);
        return locations.create(checked(body));
    }

    @PutMapping("/locations/{id}")
    Location updateLocation(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestBody LocationRequest body) {
        Roles.admin(user);
        locations.get(id);
        return locations.update(id, checked(body));
    }

    /** The request as a location, or one 422 naming a malformed fee together with every other wrong field. */
    private static Location checked(LocationRequest body) {
        FieldErrors errors = new FieldErrors();
        Location location = body.toLocation(errors);
        if (!errors.isEmpty()) {
            Locations.check(location, errors);
        }
        return location;
    }

    @GetMapping("/locations")
    Paged<Location> locations(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return Pages.of(locations.all(), PageParams.of(page, size));
    }

    @GetMapping("/locations/{id}")
    Location location(@PathVariable UUID id) {
        return locations.get(id);
    }

    /** A therapist as the API shows them; {@code licenceValidToday} in the practice's calendar. */
    record TherapistView(UUID id, String email, String fullName, Licence licence, List<String> skills,
            UUID locationId, boolean licenceValidToday) {
        static TherapistView of(Therapist t, LocalDate today, boolean staff) {
            return new TherapistView(t.id(), staff ? t.email() : null, t.fullName(), t.licence(), t.skills(),
                    t.locationId(), t.licensedOn(today));
        }
    }

    @PostMapping("/therapists")
    @ResponseStatus(HttpStatus.CREATED)
    TherapistView createTherapist(@AuthenticationPrincipal ReliefDeskUser user, @RequestBody Therapists.Profile body) {
        Roles.admin(user);
        return TherapistView.of(therapists.create(body), LocalDate.now(clock), true);
    }

    @PutMapping("/therapists/{id}")
    TherapistView updateTherapist(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestBody Therapists.Profile body) {
        Roles.admin(user);
        return TherapistView.of(therapists.update(id, body), LocalDate.now(clock), true);
    }

    /** {@code expiringWithinDays}: only licences that expire within that many days (or already have). */
    @GetMapping("/therapists")
    Paged<TherapistView> therapists(@AuthenticationPrincipal ReliefDeskUser user,
            @RequestParam(required = false) UUID locationId, @RequestParam(required = false) Integer expiringWithinDays,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        LocalDate today = LocalDate.now(clock);
        LocalDate by = expiringWithinDays == null ? null : today.plusDays(expiringWithinDays);
        return therapists.list(locationId, by, PageParams.of(page, size))
                .map(t -> TherapistView.of(t, today, user.isStaff()));
    }

    @GetMapping("/therapists/{id}")
    TherapistView therapist(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id) {
        return TherapistView.of(therapists.get(id), LocalDate.now(clock), user.isStaff());
    }

    /** What {@code PUT /therapists/{id}/hours} takes: {@code timeOff} absent keeps the time off on file. */
    record HoursRequest(String locationId, List<WorkingHours.Day> weekly, List<WorkingHours.TimeOff> timeOff) {
    }

    @PutMapping("/therapists/{id}/hours")
    List<WorkingHours.Hours> setHours(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestBody HoursRequest body) {
        Roles.admin(user);
        therapists.get(id);
        UUID location = Ids.parse(body.locationId());
        if (location == null || locations.find(location).isEmpty()) {
            throw RuleViolationException.of("locationId",
                    body.locationId() == null ? "is required" : "is not a known location");
        }
        hours.replace(id, location, body.weekly(), body.timeOff());
        return hours.of(id);
    }

    @GetMapping("/therapists/{id}/hours")
    List<WorkingHours.Hours> hours(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id) {
        Roles.staff(user);
        therapists.find(id).orElseThrow(() -> new NotFoundException("Therapist"));
        return hours.of(id);
    }
}
