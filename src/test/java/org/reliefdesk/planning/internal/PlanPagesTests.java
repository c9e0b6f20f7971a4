package org.reliefdesk.planning.internal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.not;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.services.Service;
import org.reliefdesk.services.Services;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.Paged;
import org.reliefdesk.shared.RuleViolationException;
import org.reliefdesk.support.PageSlice;
import org.reliefdesk.support.PageSliceTest;
import org.reliefdesk.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** A client's plans and proposing one (therapist), reading, commenting on and accepting a plan (client). */
@PageSliceTest(controllers = {PlanEditorPages.class, PlanReviewPages.class})
@Import(PageWords.class)
class PlanPagesTests {

    static final UUID CLIENT_ID = UUID.fromString("66666666-6666-6666-6666-666666666666");
    static final UUID PLAN_ID = UUID.fromString("88888888-8888-8888-8888-888888888888");
    static final Client SAM = new Client(CLIENT_ID, SignedIn.CLIENT.id(), "Sam Rivera", "sam@slice.test",
            LocalDate.of(1990, 1, 1), null);
    static final Service MASSAGE = new Service("MEDICAL_MASSAGE_60", "Medical massage (60 min)", 60, List.of(), true);
    static final SessionPlan PROPOSED = new SessionPlan(PLAN_ID, CLIENT_ID, "MEDICAL_MASSAGE_60", PlanStatus.PROPOSED,
            2, null, null, List.of(), Instant.parse("2026-03-01T10:00:00Z"), Instant.parse("2026-03-02T10:00:00Z"), null, "en");
    static final PlanVersion VERSION_2 = new PlanVersion(2, 60, UUID.randomUUID(), Instant.parse("2026-03-02T10:00:00Z"),
            "Tara Therapist", null, null, List.of(new PlanBlock(1, 60, "FOCUSED", "UPPER_BACK", "KNEADING", 3,
                    "Eases the tight upper back", List.of(), null)));

    static final String MISMATCH = "This must be your full name as registered (case and spacing do not matter).";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ClientRecords records;

    @MockitoBean
    SessionPlans plans;

    @MockitoBean
    PlanStore store;

    @MockitoBean
    PlanComments comments;

    @MockitoBean
    ClientAccess access;

    @MockitoBean
    Services services;

    @MockitoBean
    EditorModel editor;

    @MockitoBean
    PlanPdf pdf;

    @MockitoBean
    Catalogue catalogue;

    @MockitoBean
    Clients clients;

    @BeforeEach
    void samHasAProposedPlan() {
        when(plans.read(eq(PLAN_ID), any())).thenReturn(PROPOSED);
        when(store.version(PLAN_ID, 2)).thenReturn(Optional.of(VERSION_2));
        when(clients.find(CLIENT_ID)).thenReturn(Optional.of(SAM));
        when(services.find("MEDICAL_MASSAGE_60")).thenReturn(Optional.of(MASSAGE));
        when(services.all()).thenReturn(List.of(MASSAGE));
        when(comments.list(eq(PLAN_ID), any(), any())).thenReturn(new Paged<>(List.of(), 0, 100, 0));
    }

    @Test
    void listsAClientsPlansForTheTherapist() throws Exception {
        when(access.clinical(CLIENT_ID, SignedIn.THERAPIST, "READ_PLANS", "PLAN", null)).thenReturn(SAM);
        when(store.list(eq(CLIENT_ID), any())).thenReturn(new Paged<>(List.of(PROPOSED), 0, 20, 1));
        mvc.perform(get("/clients/" + CLIENT_ID + "/plans").with(SignedIn.therapist()))
                .andExpect(status().isOk())
                .andExpect(view().name("planning/client-plans"))
                .andExpect(model().attribute("services", List.of(MASSAGE)))
                .andExpect(content().string(containsString("Session plans for </span><span translate=\"no\">Sam Rivera")))
                .andExpect(content().string(containsString("<td>Sun, Mar 1, 2026, 10:00 AM</td>")))
                .andExpect(content().string(containsString("<span class=\"badge plan-PROPOSED\">Proposed</span>")))
                .andExpect(content().string(containsString("href=\"/plans/" + PLAN_ID + "/edit\"")));
    }

    @Test
    void proposesAPlanAndOpensTheEditor() throws Exception {
        when(plans.propose(CLIENT_ID, "MEDICAL_MASSAGE_60", SignedIn.THERAPIST)).thenReturn(PROPOSED);
        mvc.perform(post("/clients/" + CLIENT_ID + "/plans").param("serviceCode", "MEDICAL_MASSAGE_60")
                .with(SignedIn.therapist()).with(csrf()))
                .andExpect(redirectedUrl("/plans/" + PLAN_ID + "/edit"))
                .andExpect(flash().attribute("message", containsString("A new plan was proposed")));
    }

    @Test
    void showsTheClientTheirPlanWithTheAcceptForm() throws Exception {
        mvc.perform(get("/plans/" + PLAN_ID).with(SignedIn.client()))
                .andExpect(view().name("planning/review"))
                .andExpect(model().attribute("canAccept", true))
                .andExpect(model().attribute("shown", VERSION_2))
                .andExpect(content().string(containsString("Your session plan")))
                .andExpect(content().string(containsString("Medical massage (60 min)")))
                .andExpect(content().string(containsString("· version 2 · 60 min")))
                .andExpect(content().string(containsString("<span translate=\"no\" lang=\"en\">Eases the tight upper back")))
                .andExpect(content().string(containsString("Slow kneading")))
                .andExpect(content().string(containsString("Upper back")))
                .andExpect(content().string(containsString("3 of 5 (medium)")))
                .andExpect(content().string(not(containsString("UPPER_BACK<"))))
                .andExpect(content().string(containsString("action=\"/plans/" + PLAN_ID + "/accept\"")));
    }

    @Test
    void showsStaffThePlanWithoutTheAcceptForm() throws Exception {
        mvc.perform(get("/plans/" + PLAN_ID).with(SignedIn.therapist()))
                .andExpect(model().attribute("canAccept", false))
                .andExpect(content().string(containsString("Session plan for </span><span translate=\"no\">Sam Rivera")))
                .andExpect(content().string(not(containsString("Accept the plan"))));
    }

    @Test
    void acceptsThePlanTheClientRead() throws Exception {
        when(plans.accept(PLAN_ID, "Sam Rivera", 2, SignedIn.CLIENT)).thenReturn(PROPOSED);
        mvc.perform(post("/plans/" + PLAN_ID + "/accept").param("signature", "Sam Rivera").param("version", "2")
                .with(SignedIn.client()).with(csrf()))
                .andExpect(redirectedUrl("/plans/" + PLAN_ID))
                .andExpect(flash().attribute("message", containsString("You accepted version 2")));
    }

    @Test
    void sendsTheClientsRequestForChanges() throws Exception {
        mvc.perform(post("/plans/" + PLAN_ID + "/comments").param("text", "Less neck work please")
                .with(SignedIn.client()).with(csrf()))
                .andExpect(redirectedUrl("/plans/" + PLAN_ID + "#comments"))
                .andExpect(flash().attribute("message", "Your request was sent to your therapist."));
        verify(comments).add(PLAN_ID, "Less neck work please", SignedIn.CLIENT);
    }

    @Test
    void printsThePlan() throws Exception {
        when(pdf.render(PROPOSED, null)).thenReturn("%PDF-1.7 plan".getBytes());
        mvc.perform(get("/plans/" + PLAN_ID + ".pdf").with(SignedIn.client()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(content().bytes("%PDF-1.7 plan".getBytes()));
    }

    @Nested
    class BadInput {

        @Test
        void showsAMissingSignatureBesideItAndKeepsTheForm() throws Exception {
            when(plans.accept(any(), any(), any(), any())).thenThrow(RuleViolationException.of("signature",
                    "must be your full name as registered"));
            mvc.perform(post("/plans/" + PLAN_ID + "/accept").param("signature", "S R").param("version", "2")
                    .with(SignedIn.client()).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("planning/review"))
                    .andExpect(model().attribute("errors", hasEntry("signature", MISMATCH)))
                    .andExpect(PageSlice.fieldError("signature", MISMATCH))
                    .andExpect(content().string(containsString("value=\"S R\"")));
        }

        @Test
        void saysWhenTheReadVersionIsNoLongerCurrent() throws Exception {
            when(plans.accept(any(), any(), any(), any())).thenThrow(new ConflictException(
                    "Version 1 is no longer current; read version 2"));
            mvc.perform(post("/plans/" + PLAN_ID + "/accept").param("signature", "Sam Rivera").param("version", "1")
                    .with(SignedIn.client()).with(csrf()))
                    .andExpect(view().name("planning/review"))
                    .andExpect(model().attribute("problem", "This plan changed meanwhile; please reload it."))
                    .andExpect(content().string(containsString("data-testid=\"plan-problem\"")));
        }

        @Test
        void showsAnEmptyCommentBesideTheBox() throws Exception {
            when(comments.add(any(), any(), any())).thenThrow(RuleViolationException.of("text", "is required"));
            mvc.perform(post("/plans/" + PLAN_ID + "/comments").param("text", "").with(SignedIn.client()).with(csrf()))
                    .andExpect(view().name("planning/review"))
                    .andExpect(PageSlice.fieldError("Write what you would like changed (at most 2000 characters)."));
        }

        @Test
        void tellsTheTherapistWhyNoPlanCanBeProposed() throws Exception {
            when(plans.propose(any(), any(), any())).thenThrow(RuleViolationException.of("clientId",
                    "The client has no submitted intake"));
            mvc.perform(post("/clients/" + CLIENT_ID + "/plans").param("serviceCode", "MEDICAL_MASSAGE_60")
                    .with(SignedIn.therapist()).with(csrf()))
                    .andExpect(redirectedUrl("/clients/" + CLIENT_ID + "/plans"))
                    .andExpect(flash().attributeExists("problem"));
        }

        @Test
        void answersAnUnknownVersionOrPlanWithNotFound() throws Exception {
            mvc.perform(get("/plans/" + PLAN_ID).param("version", "9").with(SignedIn.client()))
                    .andExpect(status().isNotFound());
            UUID unknown = UUID.randomUUID();
            when(plans.read(eq(unknown), any())).thenThrow(new NotFoundException("Plan"));
            mvc.perform(get("/plans/" + unknown).with(SignedIn.client()))
                    .andExpect(status().isNotFound())
                    .andExpect(view().name("error/404"));
        }
    }

    @Nested
    class NotForOthers {

        @Test
        void keepsTheEditorFromClientsAndFrontDesk() throws Exception {
            mvc.perform(get("/plans/" + PLAN_ID + "/edit").with(SignedIn.client()))
                    .andExpect(status().isForbidden())
                    .andExpect(view().name("error/403"));
            mvc.perform(post("/plans/" + PLAN_ID + "/edit").param("version", "2").with(SignedIn.frontDesk())
                    .with(csrf()))
                    .andExpect(status().isForbidden());
            verify(plans, never()).edit(any(), any(), any(), any());
        }

        @Test
        void refusesFrontDeskAClientsPlans() throws Exception {
            when(access.clinical(eq(CLIENT_ID), eq(SignedIn.FRONT_DESK), any(), any(), any()))
                    .thenThrow(new ForbiddenException("No clinical detail for front desk"));
            mvc.perform(get("/clients/" + CLIENT_ID + "/plans").with(SignedIn.frontDesk()))
                    .andExpect(status().isForbidden());
        }

        @Test
        void sendsAnonymousVisitorsToSignIn() throws Exception {
            mvc.perform(get("/plan")).andExpect(redirectedUrl("/login"));
        }
    }
}
