package org.reliefdesk.charting.internal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.charting.SessionNote;
import org.reliefdesk.charting.SessionNote.Signer;
import org.reliefdesk.charting.SessionNote.TechniqueUsed;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.scheduling.Booking;
import org.reliefdesk.scheduling.BookingStatus;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.support.PageSlice;
import org.reliefdesk.support.PageSliceTest;
import org.reliefdesk.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The therapist's session note: write, sign, amend; who may write and who only reads. */
@PageSliceTest(controllers = NotePages.class)
@Import(NoteWords.class)
class NotePagesTests {

    static final UUID BOOKING_ID = UUID.fromString("77777777-7777-7777-7777-777777777777");
    static final UUID CLIENT_ID = UUID.fromString("66666666-6666-6666-6666-666666666666");
    static final Booking BOOKING = new Booking(BOOKING_ID, CLIENT_ID, "Sam Rivera", UUID.randomUUID(), "UTC",
            "MEDICAL_MASSAGE_60", SignedIn.THERAPIST.id(), "Tara Therapist", UUID.randomUUID(), "Room 1",
            Instant.parse("2026-03-09T10:00:00Z"), Instant.parse("2026-03-09T11:00:00Z"), BookingStatus.BOOKED,
            "CLEARED", false, false, null, null, null, 1, null, null, null, false);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    NoteDesk desk;

    @MockitoBean
    NoteStore store;

    @MockitoBean
    ClientAccess access;

    @BeforeEach
    void aSessionYesterday() {
        when(desk.booking(eq(BOOKING_ID), any())).thenReturn(BOOKING);
        // like the real desk: the form's reading problems are thrown with the rules'
        when(desk.create(any(), any(), any(), any())).thenAnswer(call -> {
            call.getArgument(3, FieldErrors.class).throwIfAny();
            return null;
        });
    }

    static SessionNote aNote(Instant signedAt) {
        return new SessionNote(UUID.randomUUID(), BOOKING_ID, CLIENT_ID, SignedIn.THERAPIST.id(), "Headache 3 days",
                "Tight upper trapezius", "Tension-type", "Repeat in a week", 6, 3, 3,
                List.of(new TechniqueUsed("KNEADING", "UPPER_BACK", 20, 3)), null,
                signedAt == null ? SessionNote.DRAFT : SessionNote.SIGNED, 2, signedAt, signedAt, signedAt,
                signedAt == null ? null : new Signer(SignedIn.THERAPIST.id(), "Tara Therapist", "THERAPIST"), List.of());
    }

    @Test
    void offersAnEmptyNoteWithThePlannedTechniques() throws Exception {
        when(desk.plannedTechniques(CLIENT_ID)).thenReturn(List.of(new TechniqueUsed("HOT_STONE", "NECK", 10, 2)));
        mvc.perform(get("/bookings/" + BOOKING_ID + "/note").with(SignedIn.therapist()))
                .andExpect(status().isOk())
                .andExpect(view().name("charting/note"))
                .andExpect(model().attribute("mayWrite", true))
                .andExpect(model().attribute("note", (Object) null))
                .andExpect(content().string(containsString("Session note — Monday, March 9, 2026, 10:00 AM")))
                .andExpect(content().string(containsString("data-testid=\"save-note\"")));
        verify(access).clinicalCheck(CLIENT_ID, SignedIn.THERAPIST);
        verify(access).recordRead(SignedIn.THERAPIST, CLIENT_ID, "READ_NOTE", "NOTE", null);
    }

    @Test
    void showsADraftWithItsSignButton() throws Exception {
        when(store.ofBooking(BOOKING_ID)).thenReturn(Optional.of(aNote(null)));
        mvc.perform(get("/bookings/" + BOOKING_ID + "/note").with(SignedIn.therapist()))
                .andExpect(model().attribute("form", PageSlice.having(NoteForm::getSubjective, "Headache 3 days")))
                .andExpect(content().string(containsString("data-testid=\"sign-note\"")));
    }

    @Test
    void letsAnotherTherapistReadButNotWrite() throws Exception {
        var other = new org.reliefdesk.accounts.ReliefDeskUser(UUID.randomUUID(), "olga@slice.test", "Olga Other",
                org.reliefdesk.accounts.Role.THERAPIST, null);
        when(store.ofBooking(BOOKING_ID)).thenReturn(Optional.of(aNote(Instant.parse("2026-03-09T12:00:00Z"))));
        mvc.perform(get("/bookings/" + BOOKING_ID + "/note").with(SignedIn.as(other)))
                .andExpect(model().attribute("mayWrite", false))
                .andExpect(content().string(containsString("Tight upper trapezius")))
                .andExpect(content().string(not(containsString("name=\"text\""))));
    }

    @Test
    void savesANewDraft() throws Exception {
        mvc.perform(post("/bookings/" + BOOKING_ID + "/note").param("subjective", "Better").param("painBefore", "5")
                .param("painAfter", "2").with(SignedIn.therapist()).with(csrf()))
                .andExpect(redirectedUrl("/bookings/" + BOOKING_ID + "/note"))
                .andExpect(flash().attribute("notice", "saved"));
        verify(desk).create(eq(BOOKING_ID), any(), eq(SignedIn.THERAPIST), any());
    }

    @Test
    void signsAndAmends() throws Exception {
        mvc.perform(post("/bookings/" + BOOKING_ID + "/note/sign").with(SignedIn.therapist()).with(csrf()))
                .andExpect(flash().attribute("notice", "signed"));
        mvc.perform(post("/bookings/" + BOOKING_ID + "/note/amendments").param("text", "Also stretched")
                .with(SignedIn.therapist()).with(csrf()))
                .andExpect(flash().attribute("notice", "amended"));
        verify(desk).amend(BOOKING_ID, "Also stretched", SignedIn.THERAPIST);
    }

    @Nested
    class BeforeTheStart {

        static final Booking TOMORROW = new Booking(BOOKING_ID, CLIENT_ID, "Sam Rivera", UUID.randomUUID(), "UTC",
                "MEDICAL_MASSAGE_60", SignedIn.THERAPIST.id(), "Tara Therapist", UUID.randomUUID(), "Room 1",
                Instant.parse("2026-03-11T10:00:00Z"), Instant.parse("2026-03-11T11:00:00Z"), BookingStatus.BOOKED,
                "CLEARED", false, false, null, null, null, 1, null, null, null, false);

        @BeforeEach
        void aSessionTomorrow() {
            when(desk.booking(eq(BOOKING_ID), any())).thenReturn(TOMORROW);
        }

        @Test
        void showsWhyThereIsNoFormYet() throws Exception {
            mvc.perform(get("/bookings/" + BOOKING_ID + "/note").with(SignedIn.therapist()))
                    .andExpect(status().isOk())
                    .andExpect(model().attribute("started", false))
                    .andExpect(PageSlice.shows("The session has not started yet: a note can be written and signed"
                            + " from its start (10:00 AM)."))
                    .andExpect(content().string(not(containsString("data-testid=\"save-note\""))));
        }

        @Test
        void refusesToSaveOrSignAndSaysWhy() throws Exception {
            mvc.perform(post("/bookings/" + BOOKING_ID + "/note").param("subjective", "Too early")
                            .with(SignedIn.therapist()).with(csrf()))
                    .andExpect(redirectedUrl("/bookings/" + BOOKING_ID + "/note"))
                    .andExpect(flash().attribute("notStarted", true));
            mvc.perform(post("/bookings/" + BOOKING_ID + "/note/sign").with(SignedIn.therapist()).with(csrf()))
                    .andExpect(flash().attribute("notStarted", true));
            verify(desk, never()).create(any(), any(), any(), any());
            verify(desk, never()).sign(any(), any());
        }
    }

    @Nested
    class BadInput {

        @Test
        void showsUnreadableNumbersBesideTheirFieldsAndKeepsTheText() throws Exception {
            mvc.perform(post("/bookings/" + BOOKING_ID + "/note").param("subjective", "Kept text")
                    .param("painBefore", "six").param("techniques[0].technique", "KNEADING")
                    .param("techniques[0].minutes", "ten").with(SignedIn.therapist()).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("charting/note"))
                    .andExpect(model().attribute("errors", hasEntry("painBefore", "This must be a whole number.")))
                    .andExpect(PageSlice.fieldError("painBefore", "This must be a whole number."))
                    .andExpect(PageSlice.fieldError("Row 1, Minutes: This must be a whole number."))
                    .andExpect(PageSlice.shows("Please fix the marked fields."))
                    .andExpect(content().string(containsString("Kept text")));
        }

        @Test
        void explainsWhyASignedNoteCannotBeSignedAgain() throws Exception {
            when(desk.sign(BOOKING_ID, SignedIn.THERAPIST)).thenThrow(new ConflictException("The note is already signed."));
            mvc.perform(post("/bookings/" + BOOKING_ID + "/note/sign").with(SignedIn.therapist()).with(csrf()))
                    .andExpect(redirectedUrl("/bookings/" + BOOKING_ID + "/note"))
                    .andExpect(flash().attribute("problem", "The note is already signed."));
        }

        @Test
        void answersAnUnknownBookingWithNotFound() throws Exception {
            UUID unknown = UUID.randomUUID();
            when(desk.booking(eq(unknown), any())).thenThrow(new NotFoundException("Booking"));
            mvc.perform(get("/bookings/" + unknown + "/note").with(SignedIn.therapist()))
                    .andExpect(status().isNotFound())
                    .andExpect(view().name("error/404"));
        }
    }

    @Nested
    class NotForOthers {

        @Test
        void refusesFrontDeskTheClinicalNote() throws Exception {
            doThrow(new ForbiddenException("No clinical detail for front desk")).when(access)
                    .clinicalCheck(CLIENT_ID, SignedIn.FRONT_DESK);
            mvc.perform(get("/bookings/" + BOOKING_ID + "/note").with(SignedIn.frontDesk()))
                    .andExpect(status().isForbidden())
                    .andExpect(view().name("error/403"));
            verify(access, never()).recordRead(any(), any(), any(), any(), any());
        }

        @Test
        void sendsAnonymousVisitorsToSignIn() throws Exception {
            mvc.perform(get("/bookings/" + BOOKING_ID + "/note")).andExpect(redirectedUrl("/login"));
        }
    }
}
