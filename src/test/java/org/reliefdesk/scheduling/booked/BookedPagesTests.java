package org.reliefdesk.scheduling.booked;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.reliefdesk.scheduling.PageSliceFixtures.LOCATION_ID;
import static org.reliefdesk.scheduling.PageSliceFixtures.MASSAGE;
import static org.reliefdesk.scheduling.PageSliceFixtures.NOT_FOUND;
import static org.reliefdesk.scheduling.PageSliceFixtures.booking;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefdesk.accounts.Practice;
import org.reliefdesk.accounts.Role;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.BookingStatus;
import org.reliefdesk.scheduling.Visits;
import org.reliefdesk.scheduling.practice.Location;
import org.reliefdesk.scheduling.practice.Locations;
import org.reliefdesk.services.Services;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.support.PageSliceTest;
import org.reliefdesk.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The page after booking: the summary in the reader's language, what to bring, the policy and its fees. */
@PageSliceTest(controllers = BookedPages.class)
class BookedPagesTests {

    static final Booking BOOKED = booking("c0000000-0000-0000-0000-000000000009", "2026-03-11T15:00:00Z",
            BookingStatus.BOOKED);
    static final Location HARBOUR = new Location(LOCATION_ID, "Harbour Street", "Europe/London", 15, 24, List.of(),
            List.of(), "12 Harbour Street, Portland", null, new BigDecimal("40.00"), new BigDecimal("60.00"));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Visits visits;

    @MockitoBean
    Locations locations;

    @MockitoBean
    Services services;

    @MockitoBean
    Practice practice;

    @BeforeEach
    void practice() {
        when(visits.visible(eq(BOOKED.id()), any())).thenReturn(BOOKED);
        when(locations.get(LOCATION_ID)).thenReturn(HARBOUR);
        when(services.find(MASSAGE.code())).thenReturn(Optional.of(MASSAGE));
        when(practice.details()).thenReturn(new Practice.Details("Relief Clinic", "1 Main St", "207-555-0100", null,
                null));
        when(practice.currency()).thenReturn("USD");
    }

    @Test
    void summarisesTheSessionWithWhatToBringThePolicyAndACalendarFile() throws Exception {
        mvc.perform(get("/sessions/" + BOOKED.id() + "/booked").with(SignedIn.client()))
                .andExpect(status().isOk())
                .andExpect(view().name("scheduling/booked"))
                .andExpect(content().string(containsString("You are booked")))
                .andExpect(content().string(containsString("Medical massage, 60 min")))
                .andExpect(content().string(containsString("Tara Therapist")))
                .andExpect(content().string(containsString("Wednesday, March 11, 2026")))
                .andExpect(content().string(containsString("3:00 PM to 4:00 PM")))
                .andExpect(content().string(containsString("12 Harbour Street, Portland")))
                .andExpect(content().string(containsString("What to bring")))
                .andExpect(content().string(containsString("until 24 hours before it starts")))
                .andExpect(content().string(containsString("please call us on 207-555-0100")))
                .andExpect(content().string(containsString(
                        "Cancelling within 24 hours costs $40.00; not coming costs $60.00.")))
                .andExpect(content().string(containsString("href=\"/sessions/" + BOOKED.id() + "/calendar.ics\"")))
                .andExpect(content().string(containsString("href=\"/\"")));
    }

    @Test
    void readsInSpanishForASpanishReader() throws Exception {
        mvc.perform(get("/sessions/" + BOOKED.id() + "/booked").with(SignedIn.as(SignedIn.speaking(Role.CLIENT, "es"))))
                .andExpect(content().string(containsString("Su cita está reservada")))
                .andExpect(content().string(containsString("miércoles, 11 de marzo de 2026")))
                .andExpect(content().string(containsString("De 15:00 a 16:00")))
                .andExpect(content().string(containsString("Qué traer")))
                .andExpect(content().string(containsString("hasta 24 horas antes")))
                .andExpect(content().string(containsString("40,00")));
    }

    @Test
    void answersSomeoneElsesBookingWithNotFound() throws Exception {
        UUID other = UUID.randomUUID();
        when(visits.visible(eq(other), any())).thenThrow(new NotFoundException("Booking"));
        mvc.perform(get("/sessions/" + other + "/booked").with(SignedIn.client())).andExpect(NOT_FOUND);
    }
}
