package org.reliefdesk.intake.internal;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
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
import org.reliefdesk.intake.SubmittedIntake;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.support.PageSlice;
import org.reliefdesk.support.PageSliceTest;
import org.reliefdesk.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The client's intake, one section per page, against the real form definition (drafts are mocked). */
@PageSliceTest(controllers = IntakePages.class)
class IntakePagesTests {

    static final UUID CLIENT_ID = UUID.fromString("66666666-6666-6666-6666-666666666666");
    static final Client SAM = new Client(CLIENT_ID, SignedIn.CLIENT.id(), "Sam Rivera", "sam@slice.test",
            LocalDate.of(1990, 1, 1), null);
    static final IntakeForm FORM = IntakeForm.standard();

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Intakes intakes;

    @MockitoBean
    ClientAccess access;

    @BeforeEach
    void samWithNothingTypedYet() {
        when(access.self(SignedIn.CLIENT)).thenReturn(SAM);
        when(intakes.form()).thenReturn(FORM);
        when(intakes.form(org.mockito.ArgumentMatchers.any())).thenReturn(FORM);
        when(intakes.draft(CLIENT_ID)).thenReturn(JsonNodeFactory.instance.objectNode());
    }

    @Test
    void startsANewIntakeAtTheFirstSection() throws Exception {
        mvc.perform(get("/intake").with(SignedIn.client())).andExpect(redirectedUrl("/intake/about"));
    }

    @Test
    void sendsAClientWithASubmittedIntakeToTheirScreening() throws Exception {
        when(intakes.latest(CLIENT_ID)).thenReturn(Optional.of(mock(SubmittedIntake.class)));
        mvc.perform(get("/intake").with(SignedIn.client())).andExpect(redirectedUrl("/screening"));
    }

    @Test
    void showsASectionWithTheDateOfBirthFromRegistration() throws Exception {
        mvc.perform(get("/intake/about").with(SignedIn.client()))
                .andExpect(status().isOk())
                .andExpect(view().name("intake/section"))
                .andExpect(model().attributeExists("page"))
                .andExpect(content().string(containsString("<h1>About you</h1>")))
                .andExpect(content().string(containsString("Step 1 of " + FORM.sections().size())))
                .andExpect(content().string(containsString("value=\"1990-01-01\"")))
                .andExpect(PageSlice.noFieldErrors());
    }

    @Test
    void savesASectionAndMovesOn() throws Exception {
        mvc.perform(post("/intake/about").param("about.dateOfBirth", "1990-01-01").param("about.sexAtBirth", "MALE")
                .param("go", "next").with(SignedIn.client()).with(csrf()))
                .andExpect(redirectedUrl("/intake/headache"));
        ObjectNode saved = JsonNodeFactory.instance.objectNode().put("dateOfBirth", "1990-01-01")
                .put("sexAtBirth", "MALE");
        verify(intakes).saveDraftSection(CLIENT_ID, "about", saved, SignedIn.CLIENT.id());
    }

    @Test
    void savesForLaterAndSaysSo() throws Exception {
        mvc.perform(post("/intake/headache").param("go", "later").with(SignedIn.client()).with(csrf()))
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute("notice", containsString("Your answers are saved.")));
        verify(intakes).saveDraftSection(eq(CLIENT_ID), eq("headache"), any(), eq(SignedIn.CLIENT.id()));
    }

    @Test
    void autosavesAndAnnouncesTheTime() throws Exception {
        mvc.perform(post("/intake/about/draft").param("about.sexAtBirth", "FEMALE").with(SignedIn.client())
                .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string("Saved at 9:00 AM"));
    }

    /** The health page's yes/no conditions: one "tick any that apply" list with "None of these". */
    @Nested
    class TheHealthList {

        static final String LIST = "health.conditions";
        static final java.util.List<String> ITEMS = FORM.section("health").orElseThrow().groups().get(0).codes();

        /** The health page's other answers, so that only the list is at stake. */
        org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder health() {
            return post("/intake/health").param("health.hypertension", "NONE").param("_health.neckConditions", "on")
                    .param("health.neckConditions", "NONE").param("_health.footProblems", "on")
                    .param("health.footProblems", "NONE").param("_" + LIST, "on").param("go", "next")
                    .with(SignedIn.client()).with(csrf());
        }

        @Test
        void showsOneCheckboxPerItemEachPostingItsOwnCodeThenNoneOfThese() throws Exception {
            mvc.perform(get("/intake/health").with(SignedIn.client()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("<span>Do any of these apply to you?</span>")))
                    .andExpect(PageSlice.rendered("<input type=\"checkbox\"\\s+id=\"health\\.diabetes-true\" "
                            + "name=\"health\\.diabetes\" value=\"true\"[^>]*data-group=\"health\\.conditions\""))
                    .andExpect(PageSlice.rendered("<input type=\"checkbox\"\\s+id=\"health\\.conditions-NONE\" "
                            + "name=\"health\\.conditions\" value=\"NONE\"[^>]*data-none=\"true\""))
                    .andExpect(PageSlice.rendered("name=\"_health\\.conditions\" value=\"on\""))
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("health.diabetes-false"))))
                    .andExpect(PageSlice.noFieldErrors());
        }

        @Test
        void anUntouchedListIsAProblemBesideTheListAndSavesNoAnswer() throws Exception {
            mvc.perform(health())
                    .andExpect(status().isOk())
                    .andExpect(view().name("intake/section"))
                    .andExpect(PageSlice.fieldError(LIST, "Please tick any that apply, or \"None of these\"."))
                    .andExpect(PageSlice.rendered("href=\"#health\\.anticoagulants-true\""));
            verify(intakes).saveDraftSection(eq(CLIENT_ID), eq("health"),
                    org.mockito.ArgumentMatchers.argThat(saved -> ITEMS.stream()
                            .noneMatch(code -> saved.has(code.substring("health.".length())))
                            && saved.get("hypertension").asString().equals("NONE")),
                    eq(SignedIn.CLIENT.id()));
        }

        @Test
        void noneOfTheseWithATickedItemIsAProblemAndTheTicksAreShownAsGiven() throws Exception {
            mvc.perform(health().param(LIST, "NONE").param("health.diabetes", "true"))
                    .andExpect(status().isOk())
                    .andExpect(PageSlice.fieldError(LIST,
                            "\"None of these\" cannot be ticked together with another item: untick one of them."))
                    .andExpect(PageSlice.rendered("id=\"health\\.diabetes-true\"[^>]*checked=\"checked\""))
                    .andExpect(PageSlice.rendered("id=\"health\\.conditions-NONE\"[^>]*checked=\"checked\""));
        }

        @Test
        void noneOfTheseAloneOrTickedItemsMoveOn() throws Exception {
            mvc.perform(health().param(LIST, "NONE")).andExpect(redirectedUrl("/intake/focus"));
            mvc.perform(health().param("health.varicoseVeins", "true")).andExpect(redirectedUrl("/intake/focus"));
        }

        @Test
        void aDraftReopensWithItsTicksOrWithNoneOfThese() throws Exception {
            ObjectNode answers = JsonNodeFactory.instance.objectNode();
            ObjectNode health = answers.putObject("health");
            ITEMS.forEach(code -> health.put(code.substring("health.".length()), code.equals("health.diabetes")));
            when(intakes.draft(CLIENT_ID)).thenReturn(answers);
            mvc.perform(get("/intake/health").with(SignedIn.client()))
                    .andExpect(PageSlice.rendered("id=\"health\\.diabetes-true\"[^>]*checked=\"checked\""))
                    .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.matchesPattern(
                            "(?s).*id=\"health\\.conditions-NONE\"[^>]*checked.*"))));

            health.put("diabetes", false);
            mvc.perform(get("/intake/health").with(SignedIn.client()))
                    .andExpect(PageSlice.rendered("id=\"health\\.conditions-NONE\"[^>]*checked=\"checked\""))
                    .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.matchesPattern(
                            "(?s).*id=\"health\\.diabetes-true\"[^>]*checked.*"))));
        }

        @Test
        void readsInSpanish() throws Exception {
            when(intakes.form(java.util.Locale.forLanguageTag("es")))
                    .thenReturn(new FormTranslation().in(FORM, java.util.Locale.forLanguageTag("es")));
            mvc.perform(health().header("Accept-Language", "es"))
                    .andExpect(content().string(containsString("¿Alguno de estos puntos corresponde a su caso?")))
                    .andExpect(content().string(containsString("Várices")))
                    .andExpect(PageSlice.rendered("id=\"health\\.conditions-error\">Marque lo que corresponda, o "
                            + "«Ninguno de estos», por favor\\.</p>"));
        }
    }

    @Nested
    class BadInput {

        @Test
        void keepsWhatWasTypedAndShowsEachProblemBesideItsQuestion() throws Exception {
            mvc.perform(post("/intake/about").param("about.dateOfBirth", "1990-01-01").param("go", "next")
                    .with(SignedIn.client()).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("intake/section"))
                    .andExpect(content().string(containsString("problem")))
                    .andExpect(content().string(containsString("to fix on this page")))
                    .andExpect(PageSlice.fieldError("about.sexAtBirth", "Please choose one answer."))
                    .andExpect(content().string(containsString("value=\"1990-01-01\"")));
            verify(intakes).saveDraftSection(eq(CLIENT_ID), eq("about"), any(), eq(SignedIn.CLIENT.id()));
        }

        @Test
        void answersAnUnknownSectionWithNotFound() throws Exception {
            mvc.perform(get("/intake/hobbies").with(SignedIn.client()))
                    .andExpect(status().isNotFound())
                    .andExpect(view().name("error/404"));
            mvc.perform(post("/intake/hobbies").with(SignedIn.client()).with(csrf())).andExpect(status().isNotFound());
            verify(intakes, never()).saveDraftSection(any(), any(), any(), any());
        }

        @Test
        void refusesStaffWhoHaveNoIntakeOfTheirOwn() throws Exception {
            when(access.self(SignedIn.THERAPIST)).thenThrow(new NotFoundException("Client"));
            mvc.perform(get("/intake/about").with(SignedIn.therapist())).andExpect(status().isNotFound());
        }

        @Test
        void sendsAnonymousVisitorsToSignIn() throws Exception {
            mvc.perform(get("/intake/about")).andExpect(redirectedUrl("/login"));
        }
    }
}
