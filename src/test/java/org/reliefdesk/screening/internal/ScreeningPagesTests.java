package org.reliefdesk.screening.internal;

import static org.hamcrest.Matchers.hasEntry;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.intake.IntakeForm;
import org.reliefdesk.intake.Intakes;
import org.reliefdesk.screening.Screenings;
import org.reliefdesk.screening.Screenings.NewClearance;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.RuleViolationException;
import org.reliefdesk.support.PageSliceTest;
import org.reliefdesk.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.node.JsonNodeFactory;

/** Sending the intake, the client's screening and letter, and staff recording a physician's clearance. */
@PageSliceTest(controllers = {ScreeningPages.class, ClearancePages.class})
class ScreeningPagesTests {

    static final UUID CLIENT_ID = UUID.fromString("66666666-6666-6666-6666-666666666666");
    static final Client PAT = new Client(CLIENT_ID, SignedIn.CLIENT.id(), "Pat Kim", "pat@slice.test",
            LocalDate.of(1985, 6, 1), null);
    static final byte[] PDF = "%PDF-1.7 letter".getBytes();

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Screenings screenings;

    @MockitoBean
    Intakes intakes;

    @MockitoBean
    ClientAccess access;

    @MockitoBean
    Letters letters;

    @MockitoBean
    OutcomeView views;

    @MockitoBean
    ScreeningDetails details;

    @BeforeEach
    void patIsSignedIn() {
        when(access.self(SignedIn.CLIENT)).thenReturn(PAT);
        when(intakes.form()).thenReturn(IntakeForm.standard());
        when(intakes.draft(CLIENT_ID)).thenReturn(JsonNodeFactory.instance.objectNode());
    }

    @Test
    void sendsAClientWithoutAScreeningToTheIntake() throws Exception {
        mvc.perform(get("/screening").with(SignedIn.client())).andExpect(redirectedUrl("/intake"));
    }

    @Test
    void sendsAnUnfinishedIntakeBackToItsFirstUnfinishedSection() throws Exception {
        mvc.perform(post("/intake/submit").with(SignedIn.client()).with(csrf()))
                .andExpect(redirectedUrl("/intake/about?check"));
        verify(screenings, never()).submit(any(), any(), any());
    }

    @Test
    void givesTheClientTheirLetterForThePhysician() throws Exception {
        when(letters.pdf(PAT)).thenReturn(Optional.of(PDF));
        mvc.perform(get("/screening/letter.pdf").with(SignedIn.client()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().bytes(PDF));
    }

    @Test
    void recordsAClearanceAndReturnsToTheScreeningPanel() throws Exception {
        mvc.perform(post("/clients/" + CLIENT_ID + "/clearance").param("clearedBy", "Dr Ames")
                .param("clearedOn", "2026-03-09").param("note", "Fine for massage").with(SignedIn.therapist())
                .with(csrf()))
                .andExpect(redirectedUrl("/clients/" + CLIENT_ID + "#screening"))
                .andExpect(flash().attributeExists("notice"));
        verify(screenings).recordClearance(CLIENT_ID, new NewClearance("Dr Ames", "2026-03-09", "Fine for massage"),
                SignedIn.THERAPIST);
    }

    @Test
    void printsTheLetterForStaff() throws Exception {
        when(access.clinical(CLIENT_ID, SignedIn.THERAPIST, "READ_SCREENING", "SCREENING", null)).thenReturn(PAT);
        when(letters.pdf(PAT)).thenReturn(Optional.of(PDF));
        mvc.perform(get("/clients/" + CLIENT_ID + "/letter.pdf").with(SignedIn.therapist()))
                .andExpect(content().contentType("application/pdf"))
                .andExpect(content().bytes(PDF));
    }

    @Nested
    class BadInput {

        @Test
        void carriesTheClearanceFieldErrorsAndTypedValuesToThePanel() throws Exception {
            when(screenings.recordClearance(any(), any(), any())).thenThrow(RuleViolationException.of("clearedOn",
                    "must not be in the future (today is 2027-12-06)"));
            mvc.perform(post("/clients/" + CLIENT_ID + "/clearance").param("clearedBy", "Dr Ames")
                    .param("clearedOn", "tomorrow").with(SignedIn.therapist()).with(csrf()))
                    .andExpect(redirectedUrl("/clients/" + CLIENT_ID + "#screening"))
                    .andExpect(flash().attribute("clearanceErrors", hasEntry("clearedOn",
                            "The date of the clearance cannot be in the future.")))
                    .andExpect(flash().attribute("clearanceForm", hasEntry("clearedOn", "tomorrow")));
        }

        @Test
        void explainsThatAnUrgentScreeningCannotBeCleared() throws Exception {
            when(screenings.recordClearance(any(), any(), any())).thenThrow(new ConflictException(
                    "An urgent screening cannot be cleared; it needs a new intake"));
            mvc.perform(post("/clients/" + CLIENT_ID + "/clearance").param("clearedBy", "Dr Ames")
                    .with(SignedIn.therapist()).with(csrf()))
                    .andExpect(flash().attribute("clearanceErrors", hasEntry("status",
                            "An urgent screening cannot be cleared: the client needs emergency care and then a new intake.")));
        }

        @Test
        void answersAMissingLetterOrIntakeWithNotFound() throws Exception {
            when(letters.pdf(PAT)).thenReturn(Optional.empty());
            mvc.perform(get("/screening/letter.pdf").with(SignedIn.client()))
                    .andExpect(status().isNotFound())
                    .andExpect(view().name("error/404"));
            when(access.clinicalCheck(CLIENT_ID, SignedIn.THERAPIST)).thenReturn(PAT);
            mvc.perform(get("/clients/" + CLIENT_ID + "/intakes/7").with(SignedIn.therapist()))
                    .andExpect(status().isNotFound());
            verify(access, never()).recordRead(any(), any(), any(), any(), any());
        }

        @Test
        void answersAnUnreadableVersionWithNotFound() throws Exception {
            mvc.perform(get("/clients/" + CLIENT_ID + "/intakes/latest").with(SignedIn.therapist()))
                    .andExpect(status().isNotFound());
        }
    }

    @Nested
    class NotForOthers {

        @Test
        void refusesFrontDeskTheLetter() throws Exception {
            when(access.clinical(eq(CLIENT_ID), eq(SignedIn.FRONT_DESK), any(), any(), any()))
                    .thenThrow(new ForbiddenException("No clinical detail for front desk"));
            mvc.perform(get("/clients/" + CLIENT_ID + "/letter.pdf").with(SignedIn.frontDesk()))
                    .andExpect(status().isForbidden());
            verify(letters, never()).pdf(any());
        }

        @Test
        void refusesAClearanceWithoutTheFormsToken() throws Exception {
            mvc.perform(post("/clients/" + CLIENT_ID + "/clearance").param("clearedBy", "Dr Ames")
                    .with(SignedIn.therapist()))
                    .andExpect(status().isForbidden());
            verify(screenings, never()).recordClearance(any(), any(), any());
        }

        @Test
        void sendsAnonymousVisitorsToSignIn() throws Exception {
            mvc.perform(get("/screening")).andExpect(redirectedUrl("/login"));
        }
    }
}
