package org.reliefdesk.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.Locale;

import javax.sql.DataSource;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.accounts.AccountLinks;
import org.reliefdesk.accounts.Role;
import org.reliefdesk.shared.RuleViolationException;
import org.reliefdesk.support.PageSlice;
import org.reliefdesk.support.PageSliceTest;
import org.reliefdesk.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Sign-in, the home page per role, the second step and password links — as pages, without a browser. */
@PageSliceTest(controllers = {HomePages.class, PasswordPages.class, TwoStepPages.class})
class SignInPagesTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AccountLinks links;

    @MockitoBean
    TwoFactor twoFactor;

    @MockitoBean
    SignedInPeople people;

    @Test
    void startsNoDatabase(@Autowired ApplicationContext context) {
        assertThat(context.getBeanNamesForType(DataSource.class)).isEmpty();
        assertThat(context.containsBean("flyway")).isFalse();
    }

    @Test
    void showsTheSignInFormToAnyone() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(view().name("web/login"))
                .andExpect(content().string(containsString("<h1>Sign in</h1>")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(not(containsString("Sign out"))));
    }

    @Test
    void sendsSomeoneSignedInFromTheSignInFormHome() throws Exception {
        mvc.perform(get("/login").with(SignedIn.client())).andExpect(redirectedUrl("/"));
    }

    @Test
    void showsEachRoleItsOwnHomeAndNavigation() throws Exception {
        mvc.perform(get("/").with(SignedIn.client())).andExpect(forwardedUrl("/home"));
        mvc.perform(get("/").with(SignedIn.therapist())).andExpect(view().name("web/home-therapist"));
        mvc.perform(get("/").with(SignedIn.frontDesk())).andExpect(view().name("web/home-frontdesk"))
                .andExpect(PageSlice.shows("Appointment book"))
                .andExpect(content().string(containsString("href=\"/schedule?view=arrivals\"")))
                .andExpect(content().string(containsString("href=\"/clients/new\"")));
        mvc.perform(get("/").with(SignedIn.admin()))
                .andExpect(view().name("web/home-admin"))
                .andExpect(content().string(containsString("<a href=\"/admin\">Practice setup</a>")));
    }

    @Test
    void speaksThePersonsChosenLanguage() throws Exception {
        mvc.perform(get("/password/forgot").with(SignedIn.as(SignedIn.speaking(Role.CLIENT, "es"))))
                .andExpect(content().string(containsString("¿Olvidaste tu contraseña?")));
        mvc.perform(get("/password/forgot").locale(Locale.forLanguageTag("es")))
                .andExpect(content().string(containsString("¿Olvidaste tu contraseña?")));
    }

    @Test
    void acknowledgesAResetRequestWithoutSayingWhetherTheAccountExists() throws Exception {
        mvc.perform(post("/password/forgot").param("email", "nobody@slice.test").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("accounts/forgot"))
                .andExpect(model().attribute("sent", true))
                .andExpect(content().string(containsString("If an account uses this address")));
        verify(links).requestReset("nobody@slice.test");
    }

    @Test
    void showsTheChoosePasswordFormPostingBackToItsOwnPath() throws Exception {
        mvc.perform(get("/invitation").param("token", "tok-1"))
                .andExpect(view().name("accounts/choose-password"))
                .andExpect(model().attribute("token", "tok-1"))
                .andExpect(model().attribute("action", "/invitation"))
                .andExpect(content().string(containsString("action=\"/invitation\"")))
                .andExpect(content().string(containsString("value=\"tok-1\"")));
    }

    @Test
    void sendsToSignInOnceAPasswordIsSet() throws Exception {
        mvc.perform(post("/password/reset").param("token", "tok-1").param("password", "a long new passphrase")
                .with(csrf())).andExpect(redirectedUrl("/login?passwordSet"));
        verify(links).setPassword("tok-1", "a long new passphrase");
    }

    @Nested
    class WhenThePasswordIsRefused {

        @Test
        void showsTheReasonBesideThePasswordField() throws Exception {
            doThrow(RuleViolationException.of("password", "is too short (at least 10 characters)"))
                    .when(links).setPassword("tok-1", "short");
            mvc.perform(post("/password/reset").param("token", "tok-1").param("password", "short").with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("accounts/choose-password"))
                    .andExpect(model().attribute("errors", hasEntry("password", "This is too short (at least 10 characters).")))
                    .andExpect(model().attribute("token", "tok-1"))
                    .andExpect(PageSlice.fieldError("password", "This is too short (at least 10 characters)."))
                    .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        }

        @Test
        void offersANewLinkWhenTheTokenIsSpent() throws Exception {
            doThrow(RuleViolationException.of("token", "This link has expired or was already used."))
                    .when(links).setPassword(any(), any());
            mvc.perform(post("/invitation").param("token", "old").param("password", "a long new passphrase")
                    .with(csrf()))
                    .andExpect(view().name("accounts/choose-password"))
                    .andExpect(content().string(containsString("This link has expired or was already used.")))
                    .andExpect(content().string(containsString("Ask for a new link")));
        }

        @Test
        void refusesAFormWithoutItsCsrfToken() throws Exception {
            mvc.perform(post("/password/reset").param("token", "tok-1").param("password", "a long new passphrase"))
                    .andExpect(status().isForbidden());
            verify(links, never()).setPassword(any(), any());
        }
    }

    @Nested
    class SecondStep {

        private final PendingSecondStep pending = new PendingSecondStep(SignedIn.THERAPIST, null);

        @Test
        void asksForTheCodeWhileThePasswordAloneIsKnown() throws Exception {
            mvc.perform(get("/login/code").with(authentication(pending)))
                    .andExpect(view().name("accounts/code"))
                    .andExpect(content().string(containsString("Two-step verification")));
        }

        @Test
        void keepsAHalfSignedInPersonOnTheCodeForm() throws Exception {
            mvc.perform(get("/profile").with(authentication(pending))).andExpect(redirectedUrl("/login/code"));
        }

        @Test
        void saysAWrongCodeIsWrongAndStaysOnTheForm() throws Exception {
            when(twoFactor.verify(SignedIn.THERAPIST.id(), "000000")).thenReturn(false);
            mvc.perform(post("/login/code").param("code", "000000").with(authentication(pending)).with(csrf()))
                    .andExpect(view().name("accounts/code"))
                    .andExpect(model().attribute("wrong", true))
                    .andExpect(content().string(containsString("That code is not right.")));
        }

        @Test
        void signsInWithTheRightCode() throws Exception {
            when(twoFactor.verify(SignedIn.THERAPIST.id(), "123456")).thenReturn(true);
            mvc.perform(post("/login/code").param("code", "123456").with(authentication(pending)).with(csrf()))
                    .andExpect(redirectedUrl("/"));
            verify(people).signIn(any(), any(), any(), any());
        }

        @Test
        void sendsSomeoneWithoutAPendingStepHome() throws Exception {
            mvc.perform(get("/login/code").with(SignedIn.client())).andExpect(redirectedUrl("/"));
        }
    }

    @Nested
    class WithoutSigningIn {

        @Test
        void sendsTheHomePageToSignIn() throws Exception {
            mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        }
    }
}
