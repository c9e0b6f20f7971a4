package org.reliefdesk.billing.invoices;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.billing.AmountField;
import org.reliefdesk.billing.Invoice;
import org.reliefdesk.billing.InvoiceStatus;
import org.reliefdesk.billing.Invoices;
import org.reliefdesk.billing.Money;
import org.reliefdesk.billing.NewInvoice;
import org.reliefdesk.billing.PaymentMethod;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.Paged;
import org.reliefdesk.shared.TypedFields;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Invoices, their payments added later, credit notes, receipts and a client's balance (API.md "Money"). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Invoices")
class InvoicesApi {

    static final int REFERENCE_MAX = 200;

    private final Invoices invoices;
    private final InvoiceList list;
    private final CreditNotes creditNotes;
    private final Receipts receipts;
    private final ReceiptPdf pdf;
    private final ClientAccess access;

    InvoicesApi(Invoices invoices, InvoiceList list, CreditNotes creditNotes, Receipts receipts, ReceiptPdf pdf,
            ClientAccess access) {
        this.invoices = invoices;
        this.list = list;
        this.creditNotes = creditNotes;
        this.receipts = receipts;
        this.pdf = pdf;
        this.access = access;
    }

    @GetMapping("/invoices/{id}")
    @Operation(summary = "One invoice with its lines, payments and credit notes (a client only their own)")
    Invoice get(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id) {
        return invoices.visible(id, user);
    }

    @RequestMapping(value = "/invoices/{id}", method = {RequestMethod.PUT, RequestMethod.PATCH})
    @Operation(summary = "Never: an issued invoice is not edited (405); credit it with a credit note instead")
    void edit(@PathVariable UUID id) {
        throw new ResponseStatusException(HttpStatus.METHOD_NOT_ALLOWED,
                "An issued invoice is never edited: credit it with a credit note (POST /api/v1/invoices/" + id
                        + "/credit-notes)");
    }

    @GetMapping("/invoices")
    @Operation(summary = "Invoices newest first, by client, issue date (from/to, both included) and status;"
            + " a client sees only their own")
    Paged<InvoiceList.Item> list(@AuthenticationPrincipal ReliefDeskUser user,
            @RequestParam(required = false) String clientId, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        FieldErrors errors = new FieldErrors();
        UUID client = uuid("clientId", clientId, errors);
        LocalDate fromDay = TypedFields.isBlank(from) ? null : TypedFields.date("from", from, errors);
        LocalDate toDay = TypedFields.isBlank(to) ? null : TypedFields.date("to", to, errors);
        InvoiceStatus wanted = status(status, errors);
        errors.throwIfAnyWrongTypes();
        if (client != null) {
            access.profile(client, user);
        } else if (user.isClient()) {
            client = access.self(user).id();
        }
        return list.list(new InvoiceList.Filter(client, fromDay, toDay, wanted), PageParams.of(page, size));
    }

    @PostMapping("/invoices/{id}/payments")
    @Operation(summary = "A payment added later (staff): CASH, CARD, GIFT_CARD or OTHER; more than the balance is a 422")
    Invoice pay(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestBody PaymentRequest body) {
        invoices.visible(id, user);
        staffOnly(user);
        FieldErrors errors = new FieldErrors();
        PaymentMethod method = method(body.method(), errors);
        Money amount = body.amount() == null ? null : body.amount().read("amount", errors);
        if (body.amount() == null) {
            errors.add("amount", "is required");
        } else if (amount != null && amount.isZero()) {
            errors.add("amount", "must be more than 0.00");
        }
        errors.maxLength("reference", body.reference(), REFERENCE_MAX).throwIfAny();
        return receipts.pay(id, new NewInvoice.NewPayment(method, amount, body.reference(), null), user);
    }

    record PaymentRequest(String method, AmountField amount, String reference) {
    }

    @PostMapping("/invoices/{id}/credit-notes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Credit the invoice (staff) with a reason, in full by default; waives a fee")
    Invoice.CreditNote credit(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            @RequestBody CreditRequest body) {
        invoices.visible(id, user);
        staffOnly(user);
        FieldErrors errors = new FieldErrors();
        Money amount = AmountField.optional(body.amount(), "amount", errors);
        errors.throwIfAny();
        return creditNotes.issue(id, body.reason(), amount, user);
    }

    record CreditRequest(String reason, AmountField amount) {
    }

    @GetMapping("/credit-notes/{id}")
    @Operation(summary = "One credit note (a client only one on their own invoice)")
    Invoice.CreditNote creditNote(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id) {
        Invoice.CreditNote note = creditNotes.find(id).orElseThrow(() -> new NotFoundException("Credit note"));
        try {
            invoices.visible(note.invoiceId(), user);
        } catch (NotFoundException e) {
            throw new NotFoundException("Credit note");
        }
        return note;
    }

    @GetMapping("/clients/{id}/balance")
    @Operation(summary = "What the client owes (open balances) and their credit (given back on paid invoices)")
    InvoiceList.Balance balance(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id) {
        access.profile(id, user);
        return list.balance(id);
    }

    @GetMapping(value = "/invoices/{id}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The receipt as PDF (one page, never clinical words)")
    ResponseEntity<byte[]> receipt(@AuthenticationPrincipal ReliefDeskUser user, @PathVariable UUID id,
            Locale locale) {
        Invoice invoice = invoices.visible(id, user);
        return ReceiptPdf.response(pdf.render(invoice, locale), invoice);
    }

    private static void staffOnly(ReliefDeskUser user) {
        if (!user.isStaff()) {
            throw new ForbiddenException("Only staff change invoices");
        }
    }

    private static UUID uuid(String field, String text, FieldErrors errors) {
        if (TypedFields.isBlank(text)) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            errors.add(field, "is not an id");
            return null;
        }
    }

    private static InvoiceStatus status(String text, FieldErrors errors) {
        if (TypedFields.isBlank(text)) {
            return null;
        }
        try {
            return InvoiceStatus.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            errors.add("status", "must be PAID, PART_PAID, UNPAID or CREDITED");
            return null;
        }
    }

    /** A payment added here is money taken: a package session is used at checkout, never here. */
    private static PaymentMethod method(String text, FieldErrors errors) {
        if (TypedFields.isBlank(text)) {
            errors.add("method", "is required");
            return null;
        }
        try {
            PaymentMethod method = PaymentMethod.valueOf(text.strip());
            if (method == PaymentMethod.PACKAGE) {
                errors.add("method", "a package session is used at checkout, not added to an invoice later");
                return null;
            }
            return method;
        } catch (IllegalArgumentException e) {
            errors.add("method", "must be CASH, CARD, GIFT_CARD or OTHER");
            return null;
        }
    }
}
