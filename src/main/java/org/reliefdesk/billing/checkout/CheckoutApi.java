package org.reliefdesk.billing.checkout;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.billing.Invoice;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.Paged;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Checkout of a visit and packages (API.md "Money"). */
@RestController
@Tag(name = "Billing")
class CheckoutApi {

    private final Checkouts checkouts;
    private final Packages packages;

    CheckoutApi(Checkouts checkouts, Packages packages) {
        this.checkouts = checkouts;
        this.packages = packages;
    }

    @PostMapping("/api/v1/bookings/{id}/checkout")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Check out a visit: the service at its price plus extras, the payments, and the visit "
            + "COMPLETED (staff); 422 before the start or for a cancelled, no-show or completed visit")
    Invoice checkout(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestBody CheckoutRequest request) {
        return checkouts.checkout(id, request, user);
    }

    @PostMapping("/api/v1/packages")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Define a package: sessions of one service for a price, valid a number of days (ADMIN)")
    PackageDefinition create(@AuthenticationPrincipal ReliefDeskUser user, @RequestBody Packages.NewPackage request) {
        return packages.create(request, user);
    }

    @GetMapping("/api/v1/packages")
    @Operation(summary = "The packages the practice sells (staff)")
    Paged<PackageDefinition> list(@AuthenticationPrincipal ReliefDeskUser user,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return packages.list(user, PageParams.of(page, size));
    }

    @GetMapping("/api/v1/packages/{id}")
    @Operation(summary = "One package definition (staff)")
    PackageDefinition get(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id) {
        return packages.get(id, user);
    }

    @PostMapping("/api/v1/clients/{id}/packages")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Sell a package to a client: an invoice paid like any other (staff)")
    Packages.Sold sell(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestBody Packages.Sale sale) {
        return packages.sell(id, sale, user);
    }

    @GetMapping("/api/v1/clients/{id}/packages")
    @Operation(summary = "A client's packages with sessions left and expiry (the client their own, staff)")
    Paged<ClientPackage> ofClient(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return packages.ofClient(id, user, PageParams.of(page, size));
    }
}
