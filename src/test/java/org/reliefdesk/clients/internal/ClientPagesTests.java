package org.reliefdesk.clients.internal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.matchesPattern;
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
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.accounts.Role;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.clients.ClientClosures;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.clients.Clients.ProfileChange;
import org.reliefdesk.clients.NextAppointments;
import org.reliefdesk.clients.NextAppointments.NextAppointment;
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
@PageSliceTest(controllers = {ClientPages.class, NewClientPages.class, ClientDetailsPages.class,
        RegistrationPages.class})
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
    ClientClosures closures;

    @MockitoBean
    ScreeningStatusLookup screening;

    @MockitoBean
    NextAppointments nextAppointments;

    @Nested
    class Search {

        @Test
        void listsMatchesWithDateOfBirthContactNextAppointmentAndScreeningStatus() throws Exception {
            when(clients.search(eq("morgan"), any(), any())).thenReturn(new Paged<>(List.of(MORGAN), 0, 25, 1));
            when(screening.statusOf(MORGAN_ID)).thenReturn("CLEARANCE_REQUIRED");
            when(nextAppointments.of(List.of(MORGAN_ID))).thenReturn(Map.of(MORGAN_ID, new NextAppointment(
                    UUID.randomUUID(), OffsetDateTime.parse("2026-03-12T10:00:00Z"), "Tara Therapist")));
            mvc.perform(get("/clients").param("query", "morgan").with(SignedIn.frontDesk()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("clients/search"))
                    .andExpect(model().attribute("query", "morgan"))
                    .andExpect(model().attribute("mayCreate", true))
                    .andExpect(content().string(containsString("href=\"/clients/" + MORGAN_ID + "\" translate=\"no\">Morgan Lee</a>")))
                    .andExpect(content().string(containsString("href=\"/clients/" + MORGAN_ID + "/quick\"")))
                    .andExpect(content().string(containsString("href=\"/clients/new\"")))
                    .andExpect(PageSlice.shows("Apr 2, 1988"))
                    .andExpect(PageSlice.shows("555-0199"))
                    .andExpect(PageSlice.shows("morgan@slice.test"))
                    .andExpect(content().string(matchesPattern("(?s).*Mar 12, 2026 10:00\\W*AM with <span translate=no>Tara Therapist</span>.*")))
                    .andExpect(PageSlice.shows("Clearance needed"))
                    .andExpect(content().string(containsString("1 client(s)")));
            verify(nextAppointments).of(List.of(MORGAN_ID));
        }

        @Test
        void readsTheDateOfBirthInTheReadersLanguage() throws Exception {
            when(clients.search(eq("2/4/1988"), eq(Locale.forLanguageTag("es")), any()))
                    .thenReturn(new Paged<>(List.of(MORGAN), 0, 25, 1));
            when(screening.statusOf(MORGAN_ID)).thenReturn("NO_INTAKE");
            mvc.perform(get("/clients").param("query", "2/4/1988")
                    .with(SignedIn.as(SignedIn.speaking(Role.FRONT_DESK, "es"))))
                    .andExpect(content().string(containsString("2 abr 1988")))
                    .andExpect(content().string(containsString("Ninguna reservada")))
                    .andExpect(content().string(containsString("Aún sin admisión")));
        }

        @Test
        void letsTherapistsSearchButNotAdd() throws Exception {
            when(clients.search(any(), any(), any())).thenReturn(new Paged<>(List.of(), 0, 25, 0));
            mvc.perform(get("/clients").with(SignedIn.therapist()))
                    .andExpect(model().attribute("mayCreate", false))
                    .andExpect(content().string(containsString("No clients found.")))
                    .andExpect(content().string(not(containsString("/clients/new"))));
        }

        @Test
        void refusesClients() throws Exception {
            mvc.perform(get("/clients").with(SignedIn.client()))
                    .andExpect(status().isForbidden())
                    .andExpect(view().name("error/403"));
        }
    }

    @Nested
    class NewClient {

        @Test
        void showsTheFourFieldsToTheFrontDesk() throws Exception {
            mvc.perform(get("/clients/new").with(SignedIn.frontDesk()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("clients/new"))
                    .andExpect(content().string(containsString("<label for=\"fullName\">Full name</label>")))
                    .andExpect(content().string(containsString("<label for=\"dateOfBirth\">Date of birth</label>")))
                    .andExpect(content().string(containsString("<label for=\"phone\">Phone</label>")))
                    .andExpect(content().string(containsString("<label for=\"email\">Email</label>")))
                    .andExpect(content().string(not(containsString("name=\"password\""))));
        }

        @Test
        void createsInvitesAndOpensTheQuickView() throws Exception {
            when(clients.register(any(), eq(SignedIn.FRONT_DESK.id()))).thenReturn(MORGAN);
            mvc.perform(post("/clients/new").param("fullName", "Morgan Lee").param("email", "morgan@slice.test")
                    .param("dateOfBirth", "1988-04-02").param("phone", "555-0199")
                    .with(SignedIn.frontDesk()).with(csrf()))
                    .andExpect(redirectedUrl("/clients/" + MORGAN_ID + "/quick"))
                    .andExpect(flash().attribute("invited", "morgan@slice.test"));
            verify(clients).register(new Clients.NewClient("morgan@slice.test", null, "Morgan Lee",
                    LocalDate.of(1988, 4, 2), "555-0199"), SignedIn.FRONT_DESK.id());
        }

        @Test
        void theOlderAddressWithAPasswordSendsNoInvitation() throws Exception {
            when(clients.register(any(), eq(SignedIn.ADMIN.id()))).thenReturn(MORGAN);
            mvc.perform(post("/clients").param("fullName", "Morgan Lee").param("email", "morgan@slice.test")
                    .param("dateOfBirth", "1988-04-02").param("password", "velvet otter quarrels gently 9")
                    .with(SignedIn.admin()).with(csrf()))
                    .andExpect(redirectedUrl("/clients/" + MORGAN_ID + "/quick"))
                    .andExpect(flash().attributeCount(0));
        }

        @Test
        void showsAnUnreadableDateBesideItAndKeepsWhatWasTyped() throws Exception {
            mvc.perform(post("/clients/new").param("fullName", "Morgan Lee").param("dateOfBirth", "02/04/1988")
                    .with(SignedIn.admin()).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("clients/new"))
                    .andExpect(PageSlice.fieldError("dateOfBirth", "This is not a date (use the date picker or YYYY-MM-DD)."))
                    .andExpect(content().string(containsString("value=\"Morgan Lee\"")));
            verify(clients, never()).register(any(), any());
        }

        @Test
        void showsEachRefusedFieldBesideIt() throws Exception {
            when(clients.register(any(), any())).thenThrow(new RuleViolationException("2 rules", List.of(
                    new org.reliefdesk.shared.FieldError("phone", "must be a phone number"),
                    new org.reliefdesk.shared.FieldError("fullName", "is required"))));
            mvc.perform(post("/clients/new").param("phone", "call me").with(SignedIn.frontDesk()).with(csrf()))
                    .andExpect(PageSlice.fieldError("phone", "This must be a phone number."))
                    .andExpect(PageSlice.fieldError("fullName", "This is required."))
                    .andExpect(content().string(containsString("value=\"call me\"")));
        }

        @Test
        void showsATakenEmailBesideTheEmail() throws Exception {
            when(clients.register(any(), any())).thenThrow(new ConflictException("taken"));
            mvc.perform(post("/clients/new").param("email", "morgan@slice.test").with(SignedIn.frontDesk()).with(csrf()))
                    .andExpect(PageSlice.fieldError("email",
                            "An account with this email already exists. Search for the client instead."));
        }

        @Test
        void showsATakenEmailInSpanish() throws Exception {
            when(clients.register(any(), any())).thenThrow(new ConflictException("taken"));
            mvc.perform(post("/clients/new").param("email", "morgan@slice.test")
                    .with(SignedIn.as(SignedIn.speaking(Role.FRONT_DESK, "es"))).with(csrf()))
                    .andExpect(content().string(containsString("Ya existe una cuenta con este correo.")));
        }

        @Test
        void refusesTherapists() throws Exception {
            mvc.perform(get("/clients/new").with(SignedIn.therapist())).andExpect(status().isForbidden());
            mvc.perform(post("/clients/new").param("fullName", "X").with(SignedIn.therapist()).with(csrf()))
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
                    .andExpect(content().string(containsString("<h1 translate=\"no\">Morgan Lee</h1>")));
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
