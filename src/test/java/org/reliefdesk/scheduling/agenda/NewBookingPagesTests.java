package org.reliefdesk.scheduling.agenda;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.reliefdesk.scheduling.agenda.AgendaFixtures.HARBOUR;
import static org.reliefdesk.scheduling.agenda.AgendaFixtures.HARBOUR_STREET;
import static org.reliefdesk.scheduling.agenda.AgendaFixtures.MASSAGE;
import static org.reliefdesk.scheduling.agenda.AgendaFixtures.TARA;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.scheduling.availability.ScheduleLoader;
import org.reliefdesk.scheduling.practice.Locations;
import org.reliefdesk.shared.Paged;
import org.reliefdesk.support.PageSlice;
import org.reliefdesk.support.PageSliceTest;
import org.reliefdesk.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** A free cell clicked: find the client, then book (or hold) with the therapist and time filled in. */
@PageSliceTest(controllers = NewBookingPages.class)
class NewBookingPagesTests {

    static final Client ANNA = new Client(UUID.randomUUID(), UUID.randomUUID(), "Anna Client", "anna@slice.test",
            LocalDate.of(1990, 1, 2), "555-0101");
    static final Client NEW = new Client(UUID.randomUUID(), UUID.randomUUID(), "Anna Newcomer", "new@slice.test",
            LocalDate.of(1991, 5, 6), null);
    static final Client URGENT = new Client(UUID.randomUUID(), UUID.randomUUID(), "Anna Urgent", "u@slice.test",
            LocalDate.of(1970, 5, 6), null);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Locations locations;

    @MockitoBean
    ScheduleLoader loader;

    @MockitoBean
    BookSheets sheets;

    @MockitoBean
    Clients clients;

    @MockitoBean
    org.reliefdesk.scheduling.booking.ScreeningGate gate;

    @BeforeEach
    void taraAtHarbourStreet() {
        when(locations.find(HARBOUR)).thenReturn(Optional.of(HARBOUR_STREET));
        when(loader.therapistNames(HARBOUR)).thenReturn(Map.of(TARA, "Tara Therapist"));
        when(sheets.activeServices()).thenReturn(List.of(MASSAGE));
        when(clients.search(eq("anna"), any())).thenReturn(new Paged<>(List.of(ANNA, NEW, URGENT), 0, 10, 3));
        when(gate.statusesOf(anyCollection())).thenReturn(Map.of(ANNA.id(), "CLEARED", NEW.id(), "NO_INTAKE",
                URGENT.id(), "URGENT"));
    }

    private org.springframework.test.web.servlet.ResultActions open(String q) throws Exception {
        var request = get("/schedule/new").param("location", HARBOUR.toString()).param("therapist", TARA.toString())
                .param("start", "2026-03-10T10:15");
        return mvc.perform((q == null ? request : request.param("q", q)).with(SignedIn.frontDesk()));
    }

    @Test
    void namesTheTherapistAndTimeAndAsksForTheClient() throws Exception {
        open(null).andExpect(status().isOk())
                .andExpect(view().name("scheduling/book-new"))
                .andExpect(PageSlice.shows("Book Tara Therapist on Tuesday, March 10, 2026, 10:15 AM"))
                .andExpect(PageSlice.shows("Name, date of birth, phone or email"));
        verify(clients, never()).search(any(), any());
    }

    @Test
    void aSpanishReaderGetsTheDayInSpanish() throws Exception {
        mvc.perform(get("/schedule/new").param("location", HARBOUR.toString()).param("therapist", TARA.toString())
                .param("start", "2026-03-10T10:15").header("Accept-Language", "es").with(SignedIn.frontDesk()))
                .andExpect(status().isOk())
                .andExpect(PageSlice.shows("Reservar con Tara Therapist el martes, 10 de marzo de 2026, 10:15"));
    }

    @Test
    void eachClientFoundLinksToTheConfirmationFilledIn() throws Exception {
        open("anna").andExpect(PageSlice.shows("2 Jan 1990"))
                .andExpect(PageSlice.shows("555-0101"))
                .andExpect(PageSlice.rendered("/book/confirm\\?clientId=" + ANNA.id() + "&amp;service=MEDICAL_MASSAGE_60"
                        + "&amp;location=" + HARBOUR + "&amp;start=2026-03-10T10%3A15-04%3A00&amp;therapistId=" + TARA));
    }

    @Test
    void aClientWithoutAnIntakeIsOfferedAHoldAndABlockedOneIsToldWhy() throws Exception {
        open("anna").andExpect(PageSlice.shows("This client has no submitted intake yet"))
                .andExpect(PageSlice.rendered("action=\"/book-online/choose\"[^§]*name=\"clientId\" value=\"" + NEW.id() + "\""))
                .andExpect(PageSlice.shows("signs that need prompt medical attention"));
    }

    @Test
    void aTimeThatDoesNotReadOrAnUnknownTherapistIsA404() throws Exception {
        mvc.perform(get("/schedule/new").param("location", HARBOUR.toString()).param("therapist", TARA.toString())
                .param("start", "ten").with(SignedIn.frontDesk())).andExpect(status().isNotFound());
        mvc.perform(get("/schedule/new").param("location", HARBOUR.toString()).param("therapist", "x")
                .param("start", "2026-03-10T10:15").with(SignedIn.frontDesk())).andExpect(status().isNotFound());
    }

    @Test
    void therapistsAndClientsDoNotBookFromTheBook() throws Exception {
        mvc.perform(get("/schedule/new").param("location", HARBOUR.toString()).param("therapist", TARA.toString())
                .param("start", "2026-03-10T10:15").with(SignedIn.therapist())).andExpect(status().isForbidden());
        mvc.perform(get("/schedule/new").param("location", HARBOUR.toString()).param("therapist", TARA.toString())
                .param("start", "2026-03-10T10:15").with(SignedIn.client())).andExpect(status().isForbidden());
    }
}
