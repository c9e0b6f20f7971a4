package org.reliefdesk.billing.checkout;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.billing.AmountField;
import org.reliefdesk.billing.Invoice;
import org.reliefdesk.billing.Invoices;
import org.reliefdesk.billing.Money;
import org.reliefdesk.billing.NewInvoice;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.services.Services;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The packages the practice sells (ADMIN defines them) and their sale to a client (an invoice like any other). */
@Component
public class Packages {

    private static final String COLUMNS = "select id, name, service_code, sessions, price, valid_days, active from package";

    private final JdbcClient jdbc;
    private final Services services;
    private final Invoices invoices;
    private final ClientPackages sold;
    private final ClientAccess access;
    private final Clock clock;

    Packages(JdbcClient jdbc, Services services, Invoices invoices, ClientPackages sold, ClientAccess access,
            Clock clock) {
        this.jdbc = jdbc;
        this.services = services;
        this.invoices = invoices;
        this.sold = sold;
        this.access = access;
        this.clock = clock;
    }

    /** {@code POST /api/v1/packages}: what the admin defines. */
    public record NewPackage(String name, String serviceCode, Integer sessions, AmountField price, Integer validDays) {
    }

    /** {@code POST /api/v1/clients/{id}/packages}: the package sold and the payments taken for it. */
    public record Sale(String packageId, List<PaymentInput> payments) {
    }

    /** The sale's answer: the client's package, its sessions left and expiry, and the sale's invoice. */
    public record Sold(UUID id, int remaining, LocalDate expiresOn, UUID invoiceId, @JsonIgnore Invoice invoice) {
    }

    @Transactional
    public PackageDefinition create(NewPackage request, ReliefDeskUser user) {
        if (!user.isAdmin()) {
            throw new ForbiddenException("An administrator defines packages");
        }
        FieldErrors errors = new FieldErrors();
        errors.name("name", request.name(), 100);
        errors.required("serviceCode", request.serviceCode());
        if (request.serviceCode() != null && !request.serviceCode().isBlank()
                && services.find(request.serviceCode().strip()).isEmpty()) {
            errors.add("serviceCode", "is not a known service");
        }
        if (request.sessions() == null) {
            errors.add("sessions", "is required");
        } else if (request.sessions() < 1 || request.sessions() > 100) {
            errors.add("sessions", "must be between 1 and 100");
        }
        Money price = request.price() == null ? null : request.price().read("price", errors);
        if (request.price() == null) {
            errors.add("price", "is required");
        }
        if (request.validDays() == null) {
            errors.add("validDays", "is required");
        } else if (request.validDays() < 1 || request.validDays() > 3660) {
            errors.add("validDays", "must be between 1 and 3660");
        }
        errors.throwIfAny();
        UUID id = jdbc.sql("""
                insert into package (name, service_code, sessions, price, valid_days)
                values (:name, :service, :sessions, :price, :days) returning id""")
                .param("name", request.name().strip()).param("service", request.serviceCode().strip())
                .param("sessions", request.sessions()).param("price", price.value())
                .param("days", request.validDays()).query(UUID.class).single();
        return find(id).orElseThrow();
    }

    public Optional<PackageDefinition> find(UUID id) {
        return jdbc.sql(COLUMNS + " where id = :id").param("id", id).query((rs, n) -> new PackageDefinition(
                rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("service_code"),
                rs.getInt("sessions"), new Money(rs.getBigDecimal("price")), rs.getInt("valid_days"),
                rs.getBoolean("active"))).optional();
    }

    /** A package the user (staff) may read; 404 when unknown, 403 for a client. */
    public PackageDefinition get(UUID id, ReliefDeskUser user) {
        requireStaff(user);
        return find(id).orElseThrow(() -> new NotFoundException("Package"));
    }

    public Paged<PackageDefinition> list(ReliefDeskUser user, PageParams page) {
        requireStaff(user);
        List<PackageDefinition> items = jdbc.sql(COLUMNS + " order by active desc, name, id limit :limit offset :offset")
                .param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new PackageDefinition(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("service_code"), rs.getInt("sessions"), new Money(rs.getBigDecimal("price")),
                        rs.getInt("valid_days"), rs.getBoolean("active"))).list();
        long total = jdbc.sql("select count(*) from package").query(Long.class).single();
        return new Paged<>(items, page.page(), page.size(), total);
    }

    /** Sells a package: an invoice (one line, the package at its price) paid by the payments, then the client's package. */
    @Transactional
    public Sold sell(UUID clientId, Sale sale, ReliefDeskUser user) {
        access.profile(clientId, user);
        requireStaff(user);
        FieldErrors errors = new FieldErrors();
        UUID packageId = PaymentInput.id(sale.packageId(), "packageId", errors);
        PackageDefinition definition = packageId == null ? null : find(packageId).filter(PackageDefinition::active)
                .orElse(null);
        if (packageId != null && definition == null) {
            errors.add("packageId", "is not a package on sale");
        }
        Money total = definition == null ? Money.ZERO : definition.price();
        List<NewInvoice.NewPayment> payments = Payments.read(sale.payments() == null ? List.of() : sale.payments(),
                total, null, errors, (id, field) -> null);
        errors.throwIfAny();
        Invoice invoice = invoices.issue(new NewInvoice(clientId, null, null, List.of(new NewInvoice.NewLine(
                definition.name(), 1, definition.price(), definition.serviceCode())), payments), user);
        UUID id = sold.insert(definition, clientId, invoice.issuedOn(), invoice.id());
        ClientPackage p = sold.find(id).orElseThrow();
        return new Sold(id, p.remaining(), p.expiresOn(), invoice.id(), invoice);
    }

    /** A client's packages: the client their own (else 404), staff any client's. */
    public Paged<ClientPackage> ofClient(UUID clientId, ReliefDeskUser user, PageParams page) {
        access.profile(clientId, user);
        return sold.of(clientId, page);
    }

    private static void requireStaff(ReliefDeskUser user) {
        if (!user.isStaff()) {
            throw new ForbiddenException("Staff sell and list packages");
        }
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
