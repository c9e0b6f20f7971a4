package org.reliefdesk.billing;

import java.util.UUID;

/** Published in the issuing transaction: receipts and notices follow from it. {@code reason} marks a fee. */
public record InvoiceIssued(UUID invoiceId, UUID clientId, UUID bookingId, FeeReason reason) {
}
