package org.reliefdesk.accounts.internal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasSize;
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

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.accounts.Accounts;
import org.reliefdesk.accounts.Accounts.UserAccount;
import org.reliefdesk.accounts.Practice;
import org.reliefdesk.accounts.Role;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.Paged;
import org.reliefdesk.shared.RuleViolationException;
import org.reliefdesk.support.PageSlice;
import org.reliefdesk.support.PageSliceTest;
import org.reliefdesk.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Practice setup (details and staff accounts), ADMIN only. */
@PageSliceTest(controllers = AdminPages.class)
class AdminPagesTests {

    private static final UUID TARA = UUID.fromString("22222222-2222-2222-2222-222222222222");
    private static final String STRONG = "velvet otter quarrels gently 9";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Accounts accounts;

    @MockitoBean
    Practice practice;

    @MockitoBean
    StaffChanges staffChanges;

    private final UserAccount tara = new UserAccount(TARA, "tara@slice.test", "Tara Therapist", Role.THERAPIST, true);

    @BeforeEach
    void aPracticeWithOneTherapist() {
        when(practice.details()).thenReturn(new Practice.Details("Calm Hands", "1 Main St", "555-0100",
                "desk@calm.test", null));
        when(accounts.staff(any())).thenReturn(new Paged<>(List.of(tara), 0, 200, 1));
    }

    @Test
    void showsThePracticeAndItsStaff() throws Exception {
        mvc.perform(get("/admin").with(SignedIn.admin()))
                .andExpect(status().isOk())
                .andExpect(view().name("accounts/admin"))
                .andExpect(model().attribute("staff", hasSize(1)))
                .andExpect(content().string(containsString("value=\"Calm Hands\"")))
                .andExpect(content().string(containsString("data-email=\"tara@slice.test\"")));
    }

    @Test
    void savesThePracticeDetails() throws Exception {
        mvc.perform(post("/admin/practice").param("name", "Calmer Hands").param("email", "desk@calm.test")
                .with(SignedIn.admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin"))
                .andExpect(flash().attribute("notice", "Practice details saved."));
        verify(practice).update(new Practice.Details("Calmer Hands", null, null, "desk@calm.test", null),
                Practice.BillingDetails.KEEP);
    }

    @Test
    void showsAndSavesTheCurrencyTaxIdAndNpi() throws Exception {
        when(practice.billingDetails()).thenReturn(new Practice.BillingDetails("USD", "12-3456789", "1234567893"));
        mvc.perform(get("/admin").with(SignedIn.admin()))
                .andExpect(content().string(containsString("value=\"12-3456789\"")))
                .andExpect(content().string(containsString("value=\"1234567893\"")))
                .andExpect(PageSlice.shows("National Provider Identifier"));
        mvc.perform(post("/admin/practice").param("name", "Calm Hands").param("currency", "EUR").param("taxId", "")
                .param("npi", "1245319599").with(SignedIn.admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin"));
        verify(practice).update(new Practice.Details("Calm Hands", null, null, null, null),
                new Practice.BillingDetails("EUR", "", "1245319599"));
    }

    @Test
    void addsAStaffAccount() throws Exception {
        mvc.perform(post("/admin/staff").param("staff.fullName", "Fran Desk").param("staff.email", "fran@slice.test")
                .param("staff.password", STRONG).param("staff.role", "FRONT_DESK").with(SignedIn.admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin"))
                .andExpect(flash().attribute("notice", "Fran Desk can now sign in as front desk."));
        verify(accounts).create("fran@slice.test", STRONG, "Fran Desk", Role.FRONT_DESK);
    }

    @Test
    void deactivatesAStaffMember() throws Exception {
        when(accounts.find(TARA)).thenReturn(Optional.of(tara));
        when(staffChanges.change(eq(SignedIn.ADMIN), eq(TARA), any())).thenReturn(
                new UserAccount(TARA, "tara@slice.test", "Tara Therapist", Role.THERAPIST, false));
        mvc.perform(post("/admin/staff/" + TARA).param("active", "false").with(SignedIn.admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin"))
                .andExpect(flash().attribute("notice", "Tara Therapist is deactivated and signed out everywhere."));
        verify(staffChanges).change(SignedIn.ADMIN, TARA, new StaffChanges.StaffChange(null, null, false));
    }

    @Nested
    class BadInput {

        @Test
        void showsEachStaffFieldProblemBesideItsField() throws Exception {
            mvc.perform(post("/admin/staff").param("staff.fullName", "").param("staff.email", "not-an-email")
                    .param("staff.password", "short").param("staff.role", "OWNER").with(SignedIn.admin()).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("accounts/admin"))
                    .andExpect(PageSlice.fieldError("staff.email", "This is not a valid email address."))
                    .andExpect(PageSlice.fieldError("staff.password", "This must be at least 10 characters."))
                    .andExpect(PageSlice.fieldError("staff.fullName", "This is required."))
                    .andExpect(PageSlice.fieldError("This must be THERAPIST, FRONT_DESK or ADMIN."))
                    .andExpect(content().string(containsString("value=\"not-an-email\"")));
            verify(accounts, never()).create(any(), any(), any(), any());
        }

        @Test
        void saysATakenEmailIsTaken() throws Exception {
            when(accounts.create(any(), any(), any(), any())).thenThrow(new ConflictException("taken"));
            mvc.perform(post("/admin/staff").param("staff.fullName", "Fran Desk").param("staff.email", "tara@slice.test")
                    .param("staff.password", STRONG).param("staff.role", "THERAPIST").with(SignedIn.admin()).with(csrf()))
                    .andExpect(model().attribute("errors", hasEntry("staff.email",
                            "An account with this email already exists.")))
                    .andExpect(PageSlice.fieldError("staff.email", "An account with this email already exists."));
        }

        @Test
        void showsABadPracticeNameBesideIt() throws Exception {
            when(practice.update(any(), any())).thenThrow(RuleViolationException.of("name", "is required"));
            mvc.perform(post("/admin/practice").param("name", "").with(SignedIn.admin()).with(csrf()))
                    .andExpect(view().name("accounts/admin"))
                    .andExpect(PageSlice.fieldError("name", "This is required."));
        }

        @Test
        void showsABadNpiOrCurrencyBesideItAsTyped() throws Exception {
            when(practice.update(any(), any())).thenThrow(new RuleViolationException("x", List.of(
                    new org.reliefdesk.shared.FieldError("currency", "must be an ISO 4217 currency code such as USD"),
                    new org.reliefdesk.shared.FieldError("npi",
                            "must be a 10-digit National Provider Identifier with a valid check digit"))));
            mvc.perform(post("/admin/practice").param("name", "Calm Hands").param("currency", "usd")
                    .param("npi", "1234567890").with(SignedIn.admin()).with(csrf()))
                    .andExpect(view().name("accounts/admin"))
                    .andExpect(content().string(containsString("value=\"1234567890\"")))
                    .andExpect(PageSlice.fieldError("currency", "This must be an ISO 4217 currency code such as USD."))
                    .andExpect(PageSlice.fieldError("npi",
                            "This must be a 10-digit National Provider Identifier with a valid check digit."));
        }

        @Test
        void explainsARefusedStaffChangeAboveTheTable() throws Exception {
            when(accounts.find(SignedIn.ADMIN.id())).thenReturn(Optional.of(new UserAccount(SignedIn.ADMIN.id(),
                    SignedIn.ADMIN.email(), "Ada Admin", Role.ADMIN, true)));
            when(staffChanges.change(any(), any(), any())).thenThrow(RuleViolationException.of("active",
                    "You cannot deactivate yourself or give up your own administrator role."));
            mvc.perform(post("/admin/staff/" + SignedIn.ADMIN.id()).param("active", "false").with(SignedIn.admin())
                    .with(csrf()))
                    .andExpect(view().name("accounts/admin"))
                    .andExpect(PageSlice.fieldError("You cannot deactivate yourself or give up your own administrator role."));
        }

        @Test
        void answersAnUnknownStaffIdWithTheNotFoundPage() throws Exception {
            mvc.perform(post("/admin/staff/" + UUID.randomUUID()).param("active", "false").with(SignedIn.admin())
                    .with(csrf()))
                    .andExpect(status().isNotFound())
                    .andExpect(view().name("error/404"));
        }
    }

    @Nested
    class NotForOthers {

        @Test
        void refusesStaffWhoAreNotAdministrators() throws Exception {
            mvc.perform(get("/admin").with(SignedIn.therapist())).andExpect(status().isForbidden());
            mvc.perform(get("/admin").with(SignedIn.frontDesk())).andExpect(status().isForbidden());
            mvc.perform(post("/admin/staff").param("staff.fullName", "X").param("staff.email", "x@slice.test")
                    .param("staff.password", STRONG).param("staff.role", "ADMIN").with(SignedIn.client()).with(csrf()))
                    .andExpect(status().isForbidden());
            verify(accounts, never()).create(any(), any(), any(), any());
        }

        @Test
        void sendsAnonymousVisitorsToSignIn() throws Exception {
            mvc.perform(get("/admin")).andExpect(redirectedUrl("/login"));
        }
    }
}
