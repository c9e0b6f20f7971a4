package org.reliefdesk.billing.pages;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.billing.FeeReason;
import org.reliefdesk.billing.Money;
import org.reliefdesk.billing.pages.ClientPayments.InvoiceRow;
import org.reliefdesk.billing.pages.ClientPayments.PackageRow;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.support.PageSlice;
import org.reliefdesk.support.PageSliceTest;
import org.reliefdesk.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The Payments page: the client's own at /payments, a client's for staff at /clients/{id}/payments. */
@PageSliceTest(controllers = PaymentsPages.class)
class PaymentsPagesTests {

    static final UUID MORGAN_ID = UUID.fromString("99999999-0000-0000-0000-000000000001");
    static final Client MORGAN = new Client(MORGAN_ID, SignedIn.CLIENT.id(), "Morgan Lee", "morgan@slice.test",
            LocalDate.of(1985, 6, 15), null);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ClientAccess access;

    @MockitoBean
    PaymentsReader reader;

    @BeforeEach
    void morgan() {
        when(access.self(SignedIn.CLIENT)).thenReturn(MORGAN);
        when(access.profile(MORGAN_ID, SignedIn.FRONT_DESK)).thenReturn(MORGAN);
        when(access.profile(MORGAN_ID, SignedIn.THERAPIST)).thenReturn(MORGAN);
        when(reader.of(any())).thenReturn(new ClientPayments(MORGAN_ID, "Morgan Lee", "USD", List.of(), List.of()));
    }

    private static Money money(String text) {
        return Money.parse(text).orElseThrow();
    }

    @Test
    void aClientWithNothingYetReadsItInWords() throws Exception {
        mvc.perform(get("/payments").with(SignedIn.client()))
                .andExpect(status().isOk())
                .andExpect(view().name("billing/pages/payments"))
                .andExpect(PageSlice.shows("No invoices yet."))
                .andExpect(PageSlice.shows("No packages yet."))
                .andExpect(PageSlice.shows("Nothing owed."))
                .andExpect(PageSlice.shows("Get a superbill"));
    }

    @Test
    void showsEachInvoiceWithItsStatusFeeReasonAndReceiptInTheReadersLocale() throws Exception {
        when(reader.of(any())).thenReturn(new ClientPayments(MORGAN_ID, "Morgan Lee", "USD", List.of(
                new InvoiceRow(UUID.fromString("99999999-0000-0000-0000-0000000000f1"), "2026-000007",
                        LocalDate.of(2026, 3, 9), money("60.00"), Money.ZERO, Money.ZERO, FeeReason.LATE_CANCEL_FEE),
                new InvoiceRow(UUID.randomUUID(), "2026-000003", LocalDate.of(2026, 3, 2), money("1095.00"),
                        money("1000.00"), Money.ZERO, null)),
                List.of(new PackageRow(UUID.randomUUID(), "Six medical massages", 6, 2, LocalDate.of(2026, 9, 1)))));
        mvc.perform(get("/payments").with(SignedIn.client()))
                .andExpect(PageSlice.shows("Late-cancellation fee: under the clinic's cancellation policy"))
                .andExpect(PageSlice.shows("Unpaid"))
                .andExpect(PageSlice.shows("Part paid"))
                .andExpect(PageSlice.shows("$1,095.00"))
                .andExpect(PageSlice.shows("$155.00"))
                .andExpect(PageSlice.shows("Mar 9, 2026"))
                .andExpect(PageSlice.shows("/invoices/99999999-0000-0000-0000-0000000000f1.pdf"))
                .andExpect(PageSlice.shows("4 of 6 sessions left"))
                .andExpect(PageSlice.shows("Expires on Sep 1, 2026"));
        mvc.perform(get("/payments").with(SignedIn.client()).locale(new Locale("es")).header("Accept-Language", "es"))
                .andExpect(PageSlice.shows("Sin pagar"))
                .andExpect(PageSlice.shows("1.095,00"));
    }

    @Nested
    class Staff {

        @Test
        void theFrontDeskAndTherapistReadAClientsPaymentsWithoutTheSuperbillLink() throws Exception {
            mvc.perform(get("/clients/" + MORGAN_ID + "/payments").with(SignedIn.frontDesk()))
                    .andExpect(status().isOk())
                    .andExpect(PageSlice.rendered("Payments: <span translate=no>Morgan Lee</span>"))
                    .andExpect(PageSlice.shows("/clients/" + MORGAN_ID))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                            .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Get a superbill"))));
            mvc.perform(get("/clients/" + MORGAN_ID + "/payments").with(SignedIn.therapist()))
                    .andExpect(status().isOk());
        }

        @Test
        void anUnknownClientIsNotFoundAndStaffHaveNoOwnPaymentsPage() throws Exception {
            UUID unknown = UUID.randomUUID();
            when(access.profile(unknown, SignedIn.ADMIN)).thenThrow(new NotFoundException("Client"));
            mvc.perform(get("/clients/" + unknown + "/payments").with(SignedIn.admin()))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/payments").with(SignedIn.frontDesk())).andExpect(status().isForbidden());
        }
    }
}
