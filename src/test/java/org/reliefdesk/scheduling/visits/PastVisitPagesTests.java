package org.reliefdesk.scheduling.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.reliefdesk.scheduling.PageSliceFixtures.HARBOUR;
import static org.reliefdesk.scheduling.PageSliceFixtures.LOCATION_ID;
import static org.reliefdesk.scheduling.PageSliceFixtures.MASSAGE;
import static org.reliefdesk.scheduling.PageSliceFixtures.MORGAN;
import static org.reliefdesk.scheduling.PageSliceFixtures.MORGAN_ID;
import static org.reliefdesk.scheduling.PageSliceFixtures.THERAPIST_ID;
import static org.reliefdesk.scheduling.PageSliceFixtures.booking;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.scheduling.BookingStatus;
import org.reliefdesk.scheduling.booking.Booker;
import org.reliefdesk.scheduling.booking.BookingRequest;
import org.reliefdesk.scheduling.practice.Locations;
import org.reliefdesk.scheduling.practice.Therapist;
import org.reliefdesk.scheduling.practice.Therapists;
import org.reliefdesk.services.Services;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.Paged;
import org.reliefdesk.shared.RuleViolationException;
import org.reliefdesk.support.PageSlice;
import org.reliefdesk.support.PageSliceTest;
import org.reliefdesk.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** An administrator records one visit from before ReliefDesk: find the client, fill in the visit, errors beside fields. */
@PageSliceTest(controllers = PastVisitPages.class)
class PastVisitPagesTests {

    static final Therapist TARA = new Therapist(THERAPIST_ID, "tara@slice.test", "Tara Therapist",
            new Therapist.Licence("LMT-1", "ME", LocalDate.of(2030, 1, 1)), List.of("MEDICAL_MASSAGE"), LOCATION_ID);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Booker booker;

    @MockitoBean
    Clients clients;

    @MockitoBean
    Locations locations;

    @MockitoBean
    Services services;

    @MockitoBean
    Therapists therapists;

    @BeforeEach
    void practice() {
        when(clients.find(MORGAN_ID)).thenReturn(Optional.of(MORGAN));
        when(clients.search(eq("morgan"), any())).thenReturn(new Paged<>(List.of(MORGAN), 0, 20, 1));
        when(locations.all()).thenReturn(List.of(HARBOUR));
        when(locations.find(LOCATION_ID)).thenReturn(Optional.of(HARBOUR));
        when(services.all()).thenReturn(List.of(MASSAGE));
        when(therapists.list(any(), any(), any(PageParams.class))).thenReturn(new Paged<>(List.of(TARA), 0, 200, 1));
    }

    static MockHttpServletRequestBuilder visit(String date, String time) {
        return post("/admin/past-visits").param("clientId", MORGAN_ID.toString())
                .param("locationId", LOCATION_ID.toString()).param("serviceCode", MASSAGE.code())
                .param("therapistId", THERAPIST_ID.toString()).param("date", date).param("time", time)
                .with(SignedIn.admin()).with(csrf());
    }

    @Test
    void findsTheClientThenOffersTheVisitForm() throws Exception {
        mvc.perform(get("/admin/past-visits").param("query", "morgan").with(SignedIn.admin()))
                .andExpect(status().isOk())
                .andExpect(view().name("scheduling/past-visit"))
                .andExpect(PageSlice.rendered("href=\"/admin/past-visits\\?clientId=" + MORGAN_ID + "\" translate=\"no\">Morgan Lee</a>"));
        mvc.perform(get("/admin/past-visits").param("clientId", MORGAN_ID.toString()).with(SignedIn.admin()))
                .andExpect(PageSlice.rendered("data-testid=\"client\">Morgan Lee</strong>"))
                .andExpect(PageSlice.rendered("<label for=\"therapistId\">Therapist</label>"))
                .andExpect(PageSlice.rendered("<option value=\"" + THERAPIST_ID + "\" translate=\"no\">Tara Therapist</option>"))
                .andExpect(PageSlice.rendered("<label for=\"date\">Date</label>"));
    }

    @Test
    void recordsTheVisitAsAPastVisitInTheLocationsZone() throws Exception {
        when(booker.book(any(), any())).thenReturn(booking("c0000000-0000-0000-0000-000000000009",
                "2025-11-04T14:00:00Z", BookingStatus.BOOKED));
        mvc.perform(visit("2025-11-04", "14:00"))
                .andExpect(redirectedUrl("/admin/past-visits?clientId=" + MORGAN_ID))
                .andExpect(flash().attribute("notice", "Recorded: Morgan Lee's visit on Tue, Nov 4, 2025, 2:00 PM."));
        ArgumentCaptor<BookingRequest> sent = ArgumentCaptor.forClass(BookingRequest.class);
        verify(booker).book(eq(SignedIn.ADMIN), sent.capture());
        assertThat(sent.getValue().start()).isEqualTo("2025-11-04T14:00:00Z");
        assertThat(sent.getValue().pastVisit()).isTrue();
    }

    @Test
    void isForAdministratorsOnly() throws Exception {
        mvc.perform(get("/admin/past-visits").with(SignedIn.frontDesk())).andExpect(status().isForbidden());
    }

    @Nested
    class BadInput {

        @Test
        void showsMissingAndUnreadableFieldsBesideThem() throws Exception {
            mvc.perform(visit("", "2pm"))
                    .andExpect(status().isOk())
                    .andExpect(PageSlice.fieldError("date", "This is required."))
                    .andExpect(PageSlice.fieldError("time", "This must be a time (HH:MM)."));
            verify(booker, never()).book(any(), any());
        }

        @Test
        void refusesAStartThatHasNotPassed() throws Exception {
            mvc.perform(visit(PageSlice.TODAY.plusDays(1).toString(), "10:00"))
                    .andExpect(PageSlice.fieldError("date",
                            "A visit from before ReliefDesk lies in the past; book future sessions from the book"));
        }

        @Test
        void showsTheBookingRulesRefusalBesideTheTime() throws Exception {
            when(booker.book(any(), any())).thenThrow(RuleViolationException.of("start",
                    "That time is outside the therapist's working hours"));
            mvc.perform(visit("2025-11-04", "22:00"))
                    .andExpect(PageSlice.fieldError("time", "That time is outside the therapist's working hours"))
                    .andExpect(PageSlice.rendered("value=\"22:00\""));
        }

        @Test
        void saysWhenTheTherapistWasAlreadyBooked() throws Exception {
            when(booker.book(any(), any())).thenThrow(new ConflictException(
                    "That time was taken meanwhile; here are the nearest free times"));
            mvc.perform(visit("2025-11-04", "10:00"))
                    .andExpect(PageSlice.shows("That time was taken meanwhile"));
        }
    }
}
