package org.reliefdesk.scheduling.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasEntry;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.reliefdesk.scheduling.practice.Location.Room;
import org.reliefdesk.scheduling.practice.Therapist.Licence;
import org.reliefdesk.scheduling.practice.WorkingHours.Absence;
import org.reliefdesk.scheduling.practice.WorkingHours.Day;
import org.reliefdesk.scheduling.practice.WorkingHours.Hours;
import org.reliefdesk.services.Services;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.FieldError;
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

/** One therapist's setup: profile, weekly hours, time off (ADMIN only). */
@PageSliceTest(controllers = TherapistSetupPages.class)
@Import(SetupOverview.class)
class TherapistSetupPagesTests {

    static final UUID HARBOUR = UUID.fromString("aaaaaaaa-0000-0000-0000-000000000001");
    static final UUID TARA = UUID.fromString("bbbbbbbb-0000-0000-0000-000000000001");
    static final Location HARBOUR_STREET = new Location(HARBOUR, "Harbour Street Clinic", "America/New_York", 15, 24,
            List.of(new Room(UUID.randomUUID(), "Willow room")), List.of());
    static final Therapist TARA_THERAPIST = new Therapist(TARA, "tara@slice.test", "Tara Therapist",
            new Licence("LMT-40117", "ME", LocalDate.of(2028, 3, 10)), List.of("MEDICAL_MASSAGE", "HOT_STONE"), HARBOUR);
    static final UUID OFF = UUID.fromString("cccccccc-0000-0000-0000-000000000001");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Therapists therapists;

    @MockitoBean
    Locations locations;

    @MockitoBean
    WorkingHours hours;

    @MockitoBean
    Services services;

    @BeforeEach
    void taraWorksWeekdayMorningsAtHarbourStreet() {
        when(therapists.get(TARA)).thenReturn(TARA_THERAPIST);
        when(therapists.list(isNull(), any(), any())).thenReturn(new Paged<>(List.of(), 0, 200, 0));
        when(locations.get(HARBOUR)).thenReturn(HARBOUR_STREET);
        when(locations.all()).thenReturn(List.of(HARBOUR_STREET));
        when(hours.of(TARA)).thenReturn(List.of(new Hours(HARBOUR, List.of(new Day("MONDAY", "09:00", "13:00"),
                new Day("FRIDAY", "10:00", "24:00")), List.of()), new Hours(UUID.randomUUID(),
                List.of(new Day("TUESDAY", "08:00", "12:00")), List.of())));
        when(hours.absences(TARA)).thenReturn(List.of(new Absence(OFF, Instant.parse("2026-12-24T05:00:00Z"),
                Instant.parse("2026-12-27T05:00:00Z"))));
    }

    @Nested
    class ThePage {

        @Test
        void showsTheProfileTheWeekAtTheirLocationAndTheTimeOff() throws Exception {
            mvc.perform(get("/admin/therapists/" + TARA).with(SignedIn.admin()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("scheduling/therapist"))
                    .andExpect(model().attribute("therapist", TARA_THERAPIST))
                    .andExpect(model().attribute("location", HARBOUR_STREET))
                    .andExpect(model().attribute("skills", contains("MEDICAL_MASSAGE", "TRIGGER_POINT", "REFLEXOLOGY",
                            "HOT_STONE")))
                    .andExpect(model().attribute("zone", HARBOUR_STREET.zone()))
                    .andExpect(PageSlice.rendered("Weekly hours at <span translate=\"no\">Harbour Street Clinic</span>"))
                    .andExpect(PageSlice.rendered("Thu, Dec 24, 2026, 12:00 AM – Sun, Dec 27, 2026, 12:00 AM"))
                    .andExpect(PageSlice.rendered("name=\"start_MONDAY\" value=\"09:00\""))
                    .andExpect(PageSlice.rendered("name=\"end_FRIDAY\" value=\"24:00\""))
                    .andExpect(PageSlice.rendered("name=\"start_TUESDAY\" value=\"\""));
        }

        @Test
        void aTherapistWithoutALicenceYetGetsEmptyLicenceFieldsToFillIn() throws Exception {
            when(therapists.get(TARA)).thenReturn(new Therapist(TARA, "tara@slice.test", "Tara Therapist", null,
                    List.of(), HARBOUR));
            mvc.perform(get("/admin/therapists/" + TARA).with(SignedIn.admin()))
                    .andExpect(status().isOk())
                    .andExpect(PageSlice.rendered("name=\"licence.number\""));
        }

        @Test
        void theWeekListsEveryDayInOrderWithOnlyThisLocationsHours() throws Exception {
            @SuppressWarnings("unchecked")
            Map<String, String[]> week = (Map<String, String[]>) mvc.perform(get("/admin/therapists/" + TARA).with(SignedIn.admin()))
                    .andReturn().getModelAndView().getModel().get("week");
            assertThat(week.keySet()).containsExactly("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
                    "SATURDAY", "SUNDAY");
            assertThat(week.get("MONDAY")).containsExactly("09:00", "13:00");
            assertThat(week.get("TUESDAY")).containsExactly("", "");
        }
    }

    @Nested
    class Saving {

        @Test
        void addsATherapistAndOpensTheirPage() throws Exception {
            when(therapists.create(any())).thenReturn(TARA_THERAPIST);
            mvc.perform(post("/admin/therapists").param("fullName", "Tara Therapist").param("email", "tara@slice.test")
                    .param("password", "velvet otter quarrels gently 9").param("licence.number", "LMT-40117")
                    .param("licence.region", "ME").param("licence.expiresOn", "2028-03-10")
                    .param("skills", "MEDICAL_MASSAGE", "HOT_STONE").param("locationId", HARBOUR.toString())
                    .with(SignedIn.admin()).with(csrf()))
                    .andExpect(redirectedUrl("/admin/therapists/" + TARA))
                    .andExpect(flash().attribute("notice", "Tara Therapist added. Now set their hours."));
            verify(therapists).create(new Therapists.Profile("tara@slice.test", "velvet otter quarrels gently 9",
                    "Tara Therapist", new Licence("LMT-40117", "ME", LocalDate.of(2028, 3, 10)),
                    List.of("MEDICAL_MASSAGE", "HOT_STONE"), HARBOUR.toString()));
        }

        @Test
        void savesTheProfileWithoutEmailOrPassword() throws Exception {
            mvc.perform(post("/admin/therapists/" + TARA).param("fullName", "Tara T.").param("licence.number", "LMT-1")
                    .param("licence.region", "NH").param("licence.expiresOn", "not a date")
                    .param("locationId", HARBOUR.toString()).with(SignedIn.admin()).with(csrf()))
                    .andExpect(redirectedUrl("/admin/therapists/" + TARA))
                    .andExpect(flash().attribute("notice", "Profile saved."));
            verify(therapists).update(TARA, new Therapists.Profile(null, null, "Tara T.",
                    new Licence("LMT-1", "NH", null), List.of(), HARBOUR.toString()));
        }

        @SuppressWarnings("unchecked")
        @Test
        void savesTheDaysThatHaveHoursAtTheirLocation() throws Exception {
            mvc.perform(post("/admin/therapists/" + TARA + "/hours").param("start_MONDAY", "09:00")
                    .param("end_MONDAY", "17:00").param("start_WEDNESDAY", "").param("end_WEDNESDAY", "")
                    .param("start_SATURDAY", "10:00").param("end_SATURDAY", "").with(SignedIn.admin()).with(csrf()))
                    .andExpect(redirectedUrl("/admin/therapists/" + TARA))
                    .andExpect(flash().attribute("notice", "Hours saved."));
            ArgumentCaptor<List<Day>> days = ArgumentCaptor.forClass(List.class);
            verify(hours).replace(eq(TARA), eq(HARBOUR), days.capture(), isNull());
            assertThat(days.getValue()).containsExactly(new Day("MONDAY", "09:00", "17:00"),
                    new Day("SATURDAY", "10:00", ""));
        }

        @Test
        void addsTimeOffInTheLocationsZone() throws Exception {
            mvc.perform(post("/admin/therapists/" + TARA + "/time-off").param("start", "2026-12-24T09:00")
                    .param("end", "2026-12-24T13:00").with(SignedIn.admin()).with(csrf()))
                    .andExpect(redirectedUrl("/admin/therapists/" + TARA))
                    .andExpect(flash().attribute("notice", "Time off added."));
            verify(hours).addTimeOff(TARA, Instant.parse("2026-12-24T14:00:00Z"), Instant.parse("2026-12-24T18:00:00Z"));
        }

        @Test
        void removesTimeOff() throws Exception {
            mvc.perform(post("/admin/therapists/" + TARA + "/time-off/" + OFF + "/remove").with(SignedIn.admin())
                    .with(csrf()))
                    .andExpect(redirectedUrl("/admin/therapists/" + TARA))
                    .andExpect(flash().attribute("notice", "Time off removed."));
            verify(hours).removeTimeOff(TARA, OFF);
        }
    }

    @Nested
    class RefusedForms {

        @Test
        void aNewTherapistsProblemsShowOnTheSetupPageBesideTheFields() throws Exception {
            when(therapists.create(any())).thenThrow(new RuleViolationException("x", List.of(
                    new FieldError("licence.number", "is required"), new FieldError("locationId", "is required"))));
            mvc.perform(post("/admin/therapists").param("fullName", "Tara").param("email", "tara@slice.test")
                    .param("licence.number", "").with(SignedIn.admin()).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("scheduling/setup"))
                    .andExpect(model().attribute("form", hasEntry("fullName", "Tara")))
                    .andExpect(model().attribute("errors", hasEntry("locationId", "This is required.")))
                    .andExpect(PageSlice.fieldError("licence.number", "This is required."));
        }

        @Test
        void anEmailAlreadyRegisteredIsShownBesideTheEmail() throws Exception {
            when(therapists.create(any())).thenThrow(new ConflictException("This email is already registered"));
            mvc.perform(post("/admin/therapists").param("fullName", "Tara").param("email", "tara@slice.test")
                    .with(SignedIn.admin()).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("scheduling/setup"))
                    .andExpect(PageSlice.fieldError("email", "This email is already registered"));
        }

        @Test
        void aProfilesProblemsStayOnTheTherapistsPage() throws Exception {
            when(therapists.update(eq(TARA), any())).thenThrow(RuleViolationException.of("licence.expiresOn",
                    "is required"));
            mvc.perform(post("/admin/therapists/" + TARA).param("fullName", "Tara").with(SignedIn.admin()).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("scheduling/therapist"))
                    .andExpect(PageSlice.fieldError("licence.expiresOn", "This is required."));
        }

        @Test
        void hoursEndingBeforeTheyStartAreShownOnTheirDay() throws Exception {
            when(therapists.get(TARA)).thenReturn(TARA_THERAPIST);
            org.mockito.Mockito.doThrow(RuleViolationException.of("weekly[0].end", "must be after the start"))
                    .when(hours).replace(eq(TARA), eq(HARBOUR), any(), isNull());
            mvc.perform(post("/admin/therapists/" + TARA + "/hours").param("start_MONDAY", "17:00")
                    .param("end_MONDAY", "09:00").with(SignedIn.admin()).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("scheduling/therapist"))
                    .andExpect(model().attribute("errors", hasEntry("weekly[0].end", "This must be after the start.")))
                    .andExpect(PageSlice.fieldError("This must be after the start."));
        }

        @Test
        void timeOffEndingBeforeItStartsIsAWarningAndNothingIsAdded() throws Exception {
            mvc.perform(post("/admin/therapists/" + TARA + "/time-off").param("start", "2026-12-24T13:00")
                    .param("end", "2026-12-24T09:00").with(SignedIn.admin()).with(csrf()))
                    .andExpect(redirectedUrl("/admin/therapists/" + TARA))
                    .andExpect(flash().attribute("warning", "Time off must end after it starts."));
            verify(hours, never()).addTimeOff(any(), any(), any());
        }

        @Test
        void timeOffThatIsNotADateAndTimeIsAWarning() throws Exception {
            mvc.perform(post("/admin/therapists/" + TARA + "/time-off").param("start", "")
                    .param("end", "tomorrow").with(SignedIn.admin()).with(csrf()))
                    .andExpect(redirectedUrl("/admin/therapists/" + TARA))
                    .andExpect(flash().attribute("warning", "Enter a start and an end date and time."));
            verify(hours, never()).addTimeOff(any(), any(), any());
        }
    }

    @Nested
    class Access {

        @Test
        void anUnknownTherapistIsNotFound() throws Exception {
            UUID unknown = UUID.randomUUID();
            when(therapists.get(unknown)).thenThrow(new NotFoundException("Therapist"));
            mvc.perform(get("/admin/therapists/" + unknown).with(SignedIn.admin())).andExpect(status().isNotFound());
            mvc.perform(post("/admin/therapists/" + unknown + "/hours").with(SignedIn.admin()).with(csrf()))
                    .andExpect(status().isNotFound());
            verify(hours, never()).replace(any(), any(), any(), any());
        }

        @Test
        void onlyAnAdministratorMayChangeATherapist() throws Exception {
            mvc.perform(get("/admin/therapists/" + TARA).with(SignedIn.therapist())).andExpect(status().isForbidden());
            mvc.perform(post("/admin/therapists/" + TARA + "/time-off/" + OFF + "/remove").with(SignedIn.frontDesk())
                    .with(csrf())).andExpect(status().isForbidden());
            verify(hours, never()).removeTimeOff(any(), any());
        }
    }
}
