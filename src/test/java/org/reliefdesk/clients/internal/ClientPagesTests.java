package org.reliefdesk.clients.internal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
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

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.clients.Clients.NewClient;
import org.reliefdesk.clients.Clients.ProfileChange;
import org.reliefdesk.clients.ScreeningStatusLookup;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.Paged;
import org.reliefdesk.shared.RuleViolationException;
import org.reliefdesk.support.PageSlice;
import org.reliefdesk.support.PageSliceTest;
import org.reliefdesk.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Finding and adding clients (staff), a client's page, self-registration and a client's own details. */
@PageSliceTest(controllers = {ClientPages.class, ClientDetailsPages.class, RegistrationPages.class})
class ClientPagesTests {

    static final UUID MORGAN_ID = UUID.fromString("55555555-5555-5555-5555-555555555555");
    static final Client MORGAN = new Client(MORGAN_ID, SignedIn.CLIENT.id(), "Morgan Lee", "morgan@slice.test",
            LocalDate.of(1988, 4, 2), "555-0199");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Clients clients;

    @MockitoBean
    ClientAccess access;

    @MockitoBean
    ScreeningStatusLookup screening;

    @Nested
    class Search {

        @Test
        void listsMatchesWithTheirScreeningStatus() throws Exception {
            when(clients.search(eq("morgan"), any())).thenReturn(new Paged<>(List.of(MORGAN), 0, 25, 1));
            when(screening.statusOf(MORGAN_ID)).thenReturn("CLEARANCE_REQUIRED");
            mvc.perform(get("/clients").param("query", "morgan").with(SignedIn.frontDesk()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("clients/search"))
                    .andExpect(model().attribute("query", "morgan"))
                    .andExpect(model().attribute("mayCreate", true))
                    .andExpect(content().string(containsString("href=\"/clients/" + MORGAN_ID + "\">Morgan Lee</a>")))
                    .andExpect(content().string(containsString("CLEARANCE REQUIRED")))
                    .andExpect(content().string(containsString("1 client(s)")));
        }

        @Test
        void letsTherapistsSearchButNotAdd() throws Exception {
            when(clients.search(any(), any())).thenReturn(new Paged<>(List.of(), 0, 25, 0));
            mvc.perform(get("/clients").with(SignedIn.therapist()))
                    .andExpect(model().attribute("mayCreate", false))
                    .andExpect(content().string(containsString("No clients found.")))
                    .andExpect(content().string(not(containsString("Add a client"))));
        }

        @Test
        void refusesClients() throws Exception {
            mvc.perform(get("/clients").with(SignedIn.client()))
                    .andExpect(status().isForbidden())
                    .andExpect(view().name("error/403"));
        }
    }

    @Nested
    class Adding {

        @Test
        void addsAClientAndOpensTheirPage() throws Exception {
            when(clients.register(any(), eq(SignedIn.FRONT_DESK.id()))).thenReturn(MORGAN);
            mvc.perform(post("/clients").param("fullName", "Morgan Lee").param("email", "morgan@slice.test")
                    .param("dateOfBirth", "1988-04-02").with(SignedIn.frontDesk()).with(csrf()))
                    .andExpect(redirectedUrl("/clients/" + MORGAN_ID))
                    .andExpect(flash().attribute("notice", "Morgan Lee was added."));
            verify(clients).register(new NewClient("morgan@slice.test", null, "Morgan Lee", LocalDate.of(1988, 4, 2),
                    null), SignedIn.FRONT_DESK.id());
        }

        @Test
        void showsAnUnreadableDateBesideItAndKeepsWhatWasTyped() throws Exception {
            when(clients.search(any(), any())).thenReturn(new Paged<>(List.of(), 0, 25, 0));
            mvc.perform(post("/clients").param("fullName", "Morgan Lee").param("dateOfBirth", "02/04/1988")
                    .with(SignedIn.admin()).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("clients/search"))
                    .andExpect(PageSlice.fieldError("dateOfBirth", "This is not a date (use the date picker or YYYY-MM-DD)."))
                    .andExpect(content().string(containsString("value=\"Morgan Lee\"")));
            verify(clients, never()).register(any(), any());
        }

        @Test
        void showsATakenEmailBesideTheEmail() throws Exception {
            when(clients.search(any(), any())).thenReturn(new Paged<>(List.of(), 0, 25, 0));
            when(clients.register(any(), any())).thenThrow(new ConflictException("taken"));
            mvc.perform(post("/clients").param("email", "morgan@slice.test").with(SignedIn.frontDesk()).with(csrf()))
                    .andExpect(PageSlice.fieldError("email", "An account with this email already exists."));
        }

        @Test
        void refusesTherapists() throws Exception {
            mvc.perform(post("/clients").param("fullName", "X").with(SignedIn.therapist()).with(csrf()))
                    .andExpect(status().isForbidden());
            verify(clients, never()).register(any(), any());
        }
    }

    @Nested
    class ClientPage {

        @Test
        void showsTheProfile() throws Exception {
            when(access.profile(MORGAN_ID, SignedIn.FRONT_DESK)).thenReturn(MORGAN);
            when(screening.statusOf(MORGAN_ID)).thenReturn("CLEARED");
            mvc.perform(get("/clients/" + MORGAN_ID).with(SignedIn.frontDesk()))
                    .andExpect(view().name("clients/profile"))
                    .andExpect(model().attribute("client", MORGAN))
                    .andExpect(model().attribute("status", "CLEARED"))
                    .andExpect(model().attribute("panels", empty()))
                    .andExpect(content().string(containsString("<h1>Morgan Lee</h1>")));
        }

        @Test
        void answersAnUnknownOrHiddenClientWithNotFound() throws Exception {
            when(access.profile(any(), any())).thenThrow(new NotFoundException("Client"));
            mvc.perform(get("/clients/" + MORGAN_ID).with(SignedIn.client()))
                    .andExpect(status().isNotFound())
                    .andExpect(view().name("error/404"));
        }

        @Test
        void answersAMalformedIdWithNotFound() throws Exception {
            mvc.perform(get("/clients/not-a-uuid").with(SignedIn.admin())).andExpect(status().isNotFound());
        }
    }

    @Nested
    class Registration {

        @Test
        void showsTheFormToAnyone() throws Exception {
            mvc.perform(get("/register"))
                    .andExpect(status().isOk())
                    .andExpect(view().name("clients/register"))
                    .andExpect(content().string(containsString("Create your account")));
        }

        @Test
        void registersAndSendsToSignIn() throws Exception {
            when(clients.register(any(), eq(null))).thenReturn(MORGAN);
            mvc.perform(post("/register").param("fullName", "Morgan Lee").param("email", "morgan@slice.test")
                    .param("password", "velvet otter quarrels gently 9").param("dateOfBirth", "1988-04-02").with(csrf()))
                    .andExpect(redirectedUrl("/login?registered"));
        }

        @Test
        void showsEachRefusedFieldBesideIt() throws Exception {
            when(clients.register(any(), any())).thenThrow(new RuleViolationException("2 rules", List.of(
                    new org.reliefdesk.shared.FieldError("password", "must be at least 10 characters"),
                    new org.reliefdesk.shared.FieldError("fullName", "is required"))));
            mvc.perform(post("/register").param("email", "morgan@slice.test").param("password", "short").with(csrf()))
                    .andExpect(view().name("clients/register"))
                    .andExpect(model().attribute("errors", hasEntry("fullName", "This is required.")))
                    .andExpect(PageSlice.fieldError("password", "This must be at least 10 characters."))
                    .andExpect(PageSlice.fieldError("fullName", "This is required."))
                    .andExpect(content().string(containsString("value=\"morgan@slice.test\"")));
        }

        @Test
        void suggestsSigningInWhenTheEmailIsTaken() throws Exception {
            when(clients.register(any(), any())).thenThrow(new ConflictException("taken"));
            mvc.perform(post("/register").param("email", "morgan@slice.test").with(csrf()))
                    .andExpect(PageSlice.fieldError("email", "An account with this email already exists. Sign in instead."));
        }
    }

    @Nested
    class OwnDetails {

        @Test
        void showsTheClientsOwnDetails() throws Exception {
            when(access.self(SignedIn.CLIENT)).thenReturn(MORGAN);
            mvc.perform(get("/profile/client").with(SignedIn.client()))
                    .andExpect(view().name("clients/details"))
                    .andExpect(model().attribute("details", new ClientDetailsPages.Details("Morgan Lee", "555-0199",
                            "morgan@slice.test", "1988-04-02")))
                    .andExpect(content().string(containsString("value=\"1988-04-02\"")));
        }

        @Test
        void savesThenLetsTheSessionLearnTheName() throws Exception {
            when(access.self(SignedIn.CLIENT)).thenReturn(MORGAN);
            mvc.perform(post("/profile/client").param("fullName", "Morgan Lee-Park").param("phone", "555-0199")
                    .param("email", "morgan@slice.test").param("dateOfBirth", "1988-04-02")
                    .with(SignedIn.client()).with(csrf()))
                    .andExpect(redirectedUrl("/profile/refresh"));
            verify(clients).update(eq(MORGAN_ID), eq(new ProfileChange("Morgan Lee-Park", "555-0199",
                    "morgan@slice.test", LocalDate.of(1988, 4, 2), null)), anyString());
        }

        @Test
        void showsABadDateBesideItInTheClientsLanguage() throws Exception {
            when(access.self(any())).thenReturn(MORGAN);
            mvc.perform(post("/profile/client").param("fullName", "Morgan Lee").param("dateOfBirth", "yesterday")
                    .with(SignedIn.client()).with(csrf()))
                    .andExpect(view().name("clients/details"))
                    .andExpect(model().attribute("errors", hasEntry("dateOfBirth",
                            "This is not a date (use the date picker or YYYY-MM-DD).")))
                    .andExpect(content().string(containsString("value=\"yesterday\"")));
            verify(clients, never()).update(any(), any(), any());
        }

        @Test
        void refusesStaffWhoHaveNoClientRecord() throws Exception {
            when(access.self(SignedIn.THERAPIST)).thenThrow(new NotFoundException("Client"));
            mvc.perform(get("/profile/client").with(SignedIn.therapist())).andExpect(status().isNotFound());
        }
    }
}
