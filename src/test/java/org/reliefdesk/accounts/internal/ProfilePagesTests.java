package org.reliefdesk.accounts.internal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
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

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.accounts.Accounts;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.RuleViolationException;
import org.reliefdesk.support.PageSlice;
import org.reliefdesk.support.PageSliceTest;
import org.reliefdesk.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** "My profile" and setting up two-step verification, as pages. */
@PageSliceTest(controllers = {ProfilePages.class, TwoStepSetupPages.class})
class ProfilePagesTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Accounts accounts;

    @MockitoBean
    TwoFactor twoFactor;

    @MockitoBean
    SignedInPeople people;

    @Test
    void showsTheProfileWithLanguageAndTwoStepState() throws Exception {
        when(accounts.preferredLanguage(SignedIn.THERAPIST.id())).thenReturn("es");
        when(twoFactor.enabled(SignedIn.THERAPIST.id())).thenReturn(true);
        mvc.perform(get("/profile").with(SignedIn.therapist()))
                .andExpect(status().isOk())
                .andExpect(view().name("accounts/profile"))
                .andExpect(model().attribute("language", "es"))
                .andExpect(model().attribute("twoStepOn", true))
                .andExpect(content().string(containsString("<option value=\"es\" lang=\"es\" selected=\"selected\">Español</option>")))
                .andExpect(content().string(containsString("value=\"Tara Therapist\"")))
                .andExpect(content().string(containsString("Two-step verification is on")));
    }

    @Test
    void letsAClientEditTheirDetailsElsewhereNotTheNameHere() throws Exception {
        mvc.perform(get("/profile").with(SignedIn.client()))
                .andExpect(content().string(containsString("href=\"/profile/client\"")))
                .andExpect(content().string(not(containsString("id=\"fullName\""))));
    }

    @Test
    void savesNameAndLanguageThenSaysSo() throws Exception {
        mvc.perform(post("/profile/details").param("fullName", "Tara T. Therapist").param("preferredLanguage", "en")
                .with(SignedIn.therapist()).with(csrf()))
                .andExpect(redirectedUrl("/profile"))
                .andExpect(flash().attribute("notice", "Your profile is saved."));
        verify(accounts).updateProfile(SignedIn.THERAPIST.id(), "Tara T. Therapist", null, "en", null);
        verify(people).refresh(eq(SignedIn.THERAPIST), any(), any());
    }

    @Test
    void neverRenamesAClientFromThisForm() throws Exception {
        mvc.perform(post("/profile/details").param("fullName", "Someone Else").param("preferredLanguage", "")
                .with(SignedIn.client()).with(csrf())).andExpect(redirectedUrl("/profile"));
        verify(accounts).updateProfile(SignedIn.CLIENT.id(), null, null, null, null);
    }

    @Test
    void changesThePassword() throws Exception {
        mvc.perform(post("/profile/password").param("currentPassword", "old one").param("newPassword", "new long one")
                .with(SignedIn.client()).with(csrf()))
                .andExpect(redirectedUrl("/profile"))
                .andExpect(flash().attribute("notice", containsString("Your password is changed.")));
        verify(accounts).changePassword(eq(SignedIn.CLIENT.id()), eq("old one"), eq("new long one"), anyString());
    }

    @Nested
    class BadInput {

        @Test
        void showsAnUnknownLanguageBesideItsField() throws Exception {
            mvc.perform(post("/profile/details").param("fullName", "Tara").param("preferredLanguage", "fr")
                    .with(SignedIn.therapist()).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("accounts/profile"))
                    .andExpect(model().attribute("errors", hasEntry("preferredLanguage", "This must be en or es.")));
            verify(accounts, never()).updateProfile(any(), any(), any(), any(), any());
        }

        @Test
        void showsABlankStaffNameBesideTheNameField() throws Exception {
            mvc.perform(post("/profile/details").param("fullName", " ").with(SignedIn.frontDesk()).with(csrf()))
                    .andExpect(view().name("accounts/profile"))
                    .andExpect(PageSlice.fieldError("fullName", "This is required."));
        }

        @Test
        void showsAWrongCurrentPasswordBesideItsField() throws Exception {
            doThrow(RuleViolationException.of("currentPassword", "is not your current password"))
                    .when(accounts).changePassword(any(), any(), any(), any());
            mvc.perform(post("/profile/password").param("currentPassword", "guess").param("newPassword", "x")
                    .with(SignedIn.client()).with(csrf()))
                    .andExpect(view().name("accounts/profile"))
                    .andExpect(PageSlice.fieldError("currentPassword", "This is not your current password."));
        }
    }

    @Nested
    class TwoStepSetup {

        private final TwoFactor.Setup setup = new TwoFactor.Setup("JBSWY3DPEHPK3PXP",
                "otpauth://totp/ReliefDesk:tara@slice.test?secret=JBSWY3DPEHPK3PXP", List.of("aaaa-bbbb", "cccc-dddd"));

        @Test
        void offersToStartWhenOff() throws Exception {
            mvc.perform(get("/profile/two-step").with(SignedIn.therapist()))
                    .andExpect(view().name("accounts/two-step"))
                    .andExpect(model().attribute("twoStepOn", false))
                    .andExpect(model().attribute("required", false))
                    .andExpect(content().string(containsString("action=\"/profile/two-step/start\"")));
        }

        @Test
        void saysWhenThePracticeRequiresIt() throws Exception {
            MockHttpSession session = new MockHttpSession();
            session.setAttribute(SignInSuccess.SETUP_REQUIRED, true);
            mvc.perform(get("/profile").session(session).with(SignedIn.therapist()))
                    .andExpect(redirectedUrl("/profile/two-step"));
            mvc.perform(get("/profile/two-step").session(session).with(SignedIn.therapist()))
                    .andExpect(model().attribute("required", true))
                    .andExpect(content().string(containsString("Your practice requires two-step verification")));
        }

        @Test
        void showsTheSecretAndRecoveryCodesOnce() throws Exception {
            when(twoFactor.begin(SignedIn.THERAPIST.id(), SignedIn.THERAPIST.email())).thenReturn(setup);
            mvc.perform(post("/profile/two-step/start").with(SignedIn.therapist()).with(csrf()))
                    .andExpect(view().name("accounts/two-step"))
                    .andExpect(model().attribute("setup", setup))
                    .andExpect(content().string(containsString("<code id=\"secret\">JBSWY3DPEHPK3PXP</code>")))
                    .andExpect(content().string(containsString("<code>cccc-dddd</code>")));
        }

        @Test
        void switchesOnWithAGoodCode() throws Exception {
            mvc.perform(post("/profile/two-step/confirm").param("code", "123456").with(SignedIn.therapist())
                    .with(csrf()))
                    .andExpect(redirectedUrl("/profile"))
                    .andExpect(flash().attribute("notice", containsString("on")));
            verify(twoFactor).confirm(SignedIn.THERAPIST.id(), "123456");
        }

        @Test
        void showsAWrongCodeBesideTheCodeFieldAndKeepsTheSecret() throws Exception {
            doThrow(RuleViolationException.of("code", "is not the current code")).when(twoFactor)
                    .confirm(SignedIn.THERAPIST.id(), "000000");
            when(twoFactor.pending(SignedIn.THERAPIST.id(), SignedIn.THERAPIST.email())).thenReturn(setup);
            mvc.perform(post("/profile/two-step/confirm").param("code", "000000").with(SignedIn.therapist())
                    .with(csrf()))
                    .andExpect(view().name("accounts/two-step"))
                    .andExpect(PageSlice.fieldError("code", "This is not the current code."))
                    .andExpect(content().string(containsString("JBSWY3DPEHPK3PXP")));
        }

        @Test
        void goesBackToThePageWhenAlreadyOn() throws Exception {
            when(twoFactor.begin(any(), any())).thenThrow(new ConflictException("already on"));
            mvc.perform(post("/profile/two-step/start").with(SignedIn.therapist()).with(csrf()))
                    .andExpect(redirectedUrl("/profile/two-step"));
        }

        @Test
        void refusesToSwitchOffWithAWrongCode() throws Exception {
            when(twoFactor.enabled(SignedIn.CLIENT.id())).thenReturn(true);
            doThrow(RuleViolationException.of("code", "is not the current code or an unused recovery code"))
                    .when(twoFactor).disable(SignedIn.CLIENT.id(), "999999");
            mvc.perform(post("/profile/two-step/off").param("code", "999999").with(SignedIn.client()).with(csrf()))
                    .andExpect(view().name("accounts/two-step"))
                    .andExpect(PageSlice.fieldError("code", "This is not the current code or an unused recovery code."));
            verify(people, never()).refresh(any(), any(), any());
        }
    }

    @Nested
    class WithoutSigningIn {

        @Test
        void sendsToSignIn() throws Exception {
            mvc.perform(get("/profile")).andExpect(redirectedUrl("/login"));
            mvc.perform(get("/profile/two-step")).andExpect(redirectedUrl("/login"));
        }
    }
}
