package org.reliefdesk.scheduling.courses;

import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.reliefdesk.scheduling.PageSliceFixtures.HARBOUR;
import static org.reliefdesk.scheduling.PageSliceFixtures.LOCATION_ID;
import static org.reliefdesk.scheduling.PageSliceFixtures.MASSAGE;
import static org.reliefdesk.scheduling.PageSliceFixtures.MORGAN;
import static org.reliefdesk.scheduling.PageSliceFixtures.MORGAN_ID;
import static org.reliefdesk.scheduling.PageSliceFixtures.NOT_FOUND;
import static org.reliefdesk.scheduling.PageSliceFixtures.REFUSED;
import static org.reliefdesk.scheduling.PageSliceFixtures.RETIRED;
import static org.reliefdesk.scheduling.PageSliceFixtures.THERAPIST_ID;
import static org.reliefdesk.scheduling.PageSliceFixtures.booking;
import static org.reliefdesk.scheduling.PageSliceFixtures.knowsMorgan;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.scheduling.BookingStatus;
import org.reliefdesk.scheduling.availability.SlotFinder.SlotView;
import org.reliefdesk.scheduling.courses.Courses.Conflict;
import org.reliefdesk.scheduling.courses.Courses.Course;
import org.reliefdesk.scheduling.courses.Courses.CourseRequest;
import org.reliefdesk.scheduling.practice.Location;
import org.reliefdesk.scheduling.practice.Locations;
import org.reliefdesk.scheduling.practice.Therapist;
import org.reliefdesk.scheduling.practice.Therapists;
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
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Booking a course in one step: the form, its field errors, the conflicts with nearby times, the course page. */
@PageSliceTest(controllers = CoursePages.class)
class CoursePagesTests {

    static final UUID COURSE_ID = UUID.fromString("d0000000-0000-0000-0000-000000000001");
    static final Course WEEKLY = new Course(COURSE_ID, MORGAN_ID, LOCATION_ID, MASSAGE.code(), null, 2, 7, null,
            List.of(booking("c0000000-0000-0000-0000-000000000001", "2026-03-16T10:00:00Z", BookingStatus.BOOKED),
                    booking("c0000000-0000-0000-0000-000000000002", "2026-03-23T10:00:00Z",
                            BookingStatus.CANCELLED)));
    static final Therapist TARA = new Therapist(THERAPIST_ID, "tara@slice.test", "Tara Therapist", null, List.of(),
            LOCATION_ID);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Courses courses;

    @MockitoBean
    ClientAccess access;

    @MockitoBean
    Locations locations;

    @MockitoBean
    Services services;

    @MockitoBean
    Therapists therapists;

    @BeforeEach
    void practice() {
        knowsMorgan(access);
        when(locations.all()).thenReturn(List.of(HARBOUR));
        when(locations.find(LOCATION_ID)).thenReturn(Optional.of(HARBOUR));
        when(locations.get(LOCATION_ID)).thenReturn(HARBOUR);
        when(services.all()).thenReturn(List.of(MASSAGE, RETIRED));
        when(services.find(MASSAGE.code())).thenReturn(Optional.of(MASSAGE));
        when(therapists.list(any(), any(), any())).thenReturn(new Paged<>(List.of(TARA), 0, 200, 1));
        when(courses.visible(eq(COURSE_ID), any())).thenReturn(WEEKLY);
    }

    /**
     * The form as a browser sends it: a weekly course of six from Monday 16 March at 10:00, with {@code changes}
     * ({@code name, value, name, value…}) typed over it.
     */
    static MockHttpServletRequestBuilder weekly(String... changes) {
        Map<String, String> fields = new LinkedHashMap<>(Map.of("service", MASSAGE.code(), "location",
                LOCATION_ID.toString(), "date", "2026-03-16", "time", "10:00", "sessions", "6", "repeat", "interval",
                "intervalDays", "7", "therapist", ""));
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        MockHttpServletRequestBuilder form = post("/courses").with(csrf());
        fields.forEach(form::param);
        return form;
    }

    @Nested
    class Form {

        @Test
        void opensWithSixWeeklySessionsAtTenAtTheFirstPlace() throws Exception {
            mvc.perform(get("/courses/new").with(SignedIn.client()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("scheduling/course-form"))
                    .andExpect(model().attribute("client", MORGAN))
                    .andExpect(model().attribute("forStaff", false))
                    .andExpect(model().attribute("form", new CoursePages.Form(MASSAGE.code(), null, null, "10:00", "6",
                            "interval", "7", List.of(), null)))
                    .andExpect(model().attribute("errors", anEmptyMap()))
                    .andExpect(model().attribute("conflicts", empty()))
                    .andExpect(model().attribute("services", List.of(MASSAGE)))
                    .andExpect(model().attribute("therapists", List.of(TARA)))
                    .andExpect(model().attribute("defaultLocation", LOCATION_ID.toString()))
                    .andExpect(content().string(containsString("<h1>Book a course</h1>")))
                    .andExpect(content().string(containsString("name=\"location\" value=\"" + LOCATION_ID + "\"")))
                    .andExpect(content().string(containsString("value=\"10:00\"")))
                    .andExpect(PageSlice.noFieldErrors());
        }

        @Test
        void preselectsTheAskedForPlaceAmongSeveral() throws Exception {
            UUID second = UUID.fromString("a0000000-0000-0000-0000-000000000002");
            when(locations.all()).thenReturn(List.of(HARBOUR, new Location(second, "Mill Lane", "Europe/London", 15,
                    24, List.of(), List.of(), null, null)));
            mvc.perform(get("/courses/new").param("location", second.toString()).with(SignedIn.client()))
                    .andExpect(model().attribute("defaultLocation", second.toString()))
                    .andExpect(content().string(containsString("<option value=\"" + second + "\" translate=\"no\" selected=\"selected\">"
                            + "Mill Lane</option>")));
        }

        @Test
        void letsTheFrontDeskOpenItForAClient() throws Exception {
            mvc.perform(get("/courses/new").param("clientId", MORGAN_ID.toString()).with(SignedIn.frontDesk()))
                    .andExpect(model().attribute("forStaff", true))
                    .andExpect(content().string(containsString("<h1>Book a course for <span translate=\"no\">Morgan Lee</span></h1>")))
                    .andExpect(content().string(containsString("name=\"clientId\" value=\"" + MORGAN_ID + "\"")));
        }
    }

    @Nested
    class Booking {

        @Test
        void booksTheCourseAndOpensIt() throws Exception {
            when(courses.book(any(), any())).thenReturn(WEEKLY);
            mvc.perform(weekly().with(SignedIn.client()))
                    .andExpect(redirectedUrl("/courses/" + COURSE_ID + "?booked"));
            verify(courses).book(SignedIn.CLIENT, new CourseRequest(MORGAN_ID.toString(), LOCATION_ID.toString(),
                    MASSAGE.code(), "2026-03-16T10:00:00Z", 6, 7, null, null));
        }

        @Test
        void sendsTheChosenWeekdaysAndTherapistInsteadOfAnInterval() throws Exception {
            when(courses.book(any(), any())).thenReturn(WEEKLY);
            mvc.perform(weekly("repeat", "days", "therapist", THERAPIST_ID.toString())
                    .param("days", "MONDAY", "THURSDAY")
                    .param("clientId", UUID.randomUUID().toString())
                    .with(SignedIn.client()))
                    .andExpect(status().is3xxRedirection());
            verify(courses).book(SignedIn.CLIENT, new CourseRequest(MORGAN_ID.toString(), LOCATION_ID.toString(),
                    MASSAGE.code(), "2026-03-16T10:00:00Z", 6, null, List.of("MONDAY", "THURSDAY"),
                    THERAPIST_ID.toString()));
        }

        @Test
        void booksForTheClientTheFrontDeskNamed() throws Exception {
            when(courses.book(any(), any())).thenReturn(WEEKLY);
            mvc.perform(weekly().param("clientId", MORGAN_ID.toString()).with(SignedIn.frontDesk()))
                    .andExpect(redirectedUrl("/courses/" + COURSE_ID + "?booked"));
            verify(access).profile(MORGAN_ID, SignedIn.FRONT_DESK);
        }
    }

    @Nested
    class BadInput {

        @Test
        void showsARefusedCountBesideItAndKeepsWhatWasTyped() throws Exception {
            when(courses.book(any(), any())).thenThrow(RuleViolationException.of("sessions",
                    "must be between 2 and 52"));
            mvc.perform(weekly("sessions", "sixty").with(SignedIn.client()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("scheduling/course-form"))
                    .andExpect(model().attribute("errors", hasEntry("sessions", "This must be between 2 and 52.")))
                    .andExpect(PageSlice.fieldError("sessions", "This must be between 2 and 52."))
                    .andExpect(content().string(containsString("value=\"sixty\"")))
                    .andExpect(content().string(containsString("value=\"2026-03-16\"")));
            verify(courses).book(any(), eq(new CourseRequest(MORGAN_ID.toString(), LOCATION_ID.toString(),
                    MASSAGE.code(), "2026-03-16T10:00:00Z", -1, 7, null, null)));
        }

        @Test
        void showsAProblemWithTheFirstStartBesideTheDate() throws Exception {
            when(courses.book(any(), any())).thenThrow(RuleViolationException.of("start",
                    "falls on a Monday, which is not one of daysOfWeek"));
            mvc.perform(weekly("repeat", "days").param("days", "TUESDAY").with(SignedIn.client()))
                    .andExpect(model().attribute("errors", Map.of("date",
                            "falls on a Monday, which is not one of daysOfWeek")))
                    .andExpect(PageSlice.fieldError("date", "falls on a Monday, which is not one of daysOfWeek"))
                    .andExpect(content().string(containsString("value=\"TUESDAY\" checked=\"checked\"")));
        }

        @Test
        void passesAnUnreadableDateOnAsTypedAndShowsTheRefusalBesideIt() throws Exception {
            when(courses.book(any(), any())).thenThrow(RuleViolationException.of("start",
                    "must be an ISO-8601 date-time with an offset"));
            mvc.perform(weekly("date", "16/03/2026").with(SignedIn.client()))
                    .andExpect(PageSlice.fieldError("date", "This must be an ISO-8601 date-time with an offset."))
                    .andExpect(content().string(containsString("value=\"16/03/2026\"")));
            verify(courses).book(any(), eq(new CourseRequest(MORGAN_ID.toString(), LOCATION_ID.toString(),
                    MASSAGE.code(), "16/03/2026T10:00", 6, 7, null, null)));
        }

        @Test
        void showsAPatternProblemUnderTheChoices() throws Exception {
            when(courses.book(any(), any())).thenThrow(new RuleViolationException("1 rule", List.of(
                    new FieldError("intervalDays", "give either intervalDays or daysOfWeek"))));
            mvc.perform(weekly("intervalDays", "").with(SignedIn.client()))
                    .andExpect(PageSlice.fieldError("give either intervalDays or daysOfWeek"));
        }

        @Test
        void showsATherapistProblemBesideTheTherapist() throws Exception {
            when(courses.book(any(), any())).thenThrow(RuleViolationException.of("therapistId",
                    "is not qualified for this service"));
            mvc.perform(weekly("therapist", THERAPIST_ID.toString()).with(SignedIn.client()))
                    .andExpect(PageSlice.fieldError("This is not qualified for this service."))
                    .andExpect(content().string(containsString("class=\"field has-error\"")))
                    .andExpect(content().string(containsString("<option value=\"" + THERAPIST_ID
                            + "\" translate=\"no\" selected=\"selected\">Tara Therapist</option>")));
        }
    }

    @Nested
    class Conflicts {

        @Test
        void listsEachSessionThatDoesNotFitWithTheNearestFreeTimes() throws Exception {
            Conflict third = new Conflict("2026-03-30T10:00Z", "no therapist is free", List.of(
                    new SlotView("2026-03-30T11:00Z", "2026-03-30T12:00Z", THERAPIST_ID, null),
                    new SlotView("2026-03-31T10:00Z", "2026-03-31T11:00Z", THERAPIST_ID, null)));
            when(courses.book(any(), any())).thenThrow(new ConflictException(
                    "1 of the 6 sessions cannot be booked; nothing was booked", Map.of("conflicts", List.of(third))));
            mvc.perform(weekly().with(SignedIn.client()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("scheduling/course-form"))
                    .andExpect(model().attribute("problem", "1 of the 6 sessions cannot be booked; nothing was booked"))
                    .andExpect(model().attribute("conflicts", List.of(third)))
                    .andExpect(content().string(containsString("1 of the 6 sessions cannot be booked; nothing was booked.")))
                    .andExpect(content().string(containsString("<strong>Mon, Mar 30, 2026, 10:00 AM</strong>")))
                    .andExpect(content().string(containsString("<span>no therapist is free</span>")))
                    .andExpect(content().string(containsString("Mon, Mar 30, 2026, 11:00 AM</span>")))
                    .andExpect(content().string(containsString("Tue, Mar 31, 2026, 10:00 AM</span>")))
                    .andExpect(content().string(containsString("(<span translate=\"no\">Tara Therapist</span>)")))
                    .andExpect(PageSlice.noFieldErrors());
        }

        @Test
        void explainsARaceLostWithoutAList() throws Exception {
            when(courses.book(any(), any())).thenThrow(new ConflictException(
                    "The schedule kept changing while booking the course; please try again"));
            mvc.perform(weekly().with(SignedIn.client()))
                    .andExpect(model().attribute("conflicts", empty()))
                    .andExpect(content().string(containsString(
                            "The schedule changed while the course was being booked; nothing was booked.")));
        }
    }

    @Nested
    class CoursePage {

        @Test
        void showsTheSessionsJustBooked() throws Exception {
            mvc.perform(get("/courses/" + COURSE_ID).param("booked", "").with(SignedIn.client()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("scheduling/course"))
                    .andExpect(model().attribute("course", WEEKLY))
                    .andExpect(model().attribute("booked", true))
                    .andExpect(model().attribute("service", "Medical massage, 60 min"))
                    .andExpect(model().attribute("place", "Harbour Street"))
                    .andExpect(model().attribute("pattern", "weekly"))
                    .andExpect(content().string(containsString("The course is booked.")))
                    .andExpect(content().string(containsString("<h1>Course of 2 sessions</h1>")))
                    .andExpect(content().string(containsString("Mon, Mar 16, 2026, 10:00 AM")))
                    .andExpect(content().string(containsString("<span class=\"badge s-CANCELLED\">Cancelled</span>")));
        }

        @Test
        void namesTheRepeatInWords() throws Exception {
            when(courses.visible(eq(COURSE_ID), any())).thenReturn(new Course(COURSE_ID, MORGAN_ID, LOCATION_ID,
                    MASSAGE.code(), null, 4, null, List.of("MONDAY", "THURSDAY"), List.of()));
            mvc.perform(get("/courses/" + COURSE_ID).param("clientId", MORGAN_ID.toString()).with(SignedIn.therapist()))
                    .andExpect(model().attribute("booked", false))
                    .andExpect(model().attribute("pattern", "on Mondays and Thursdays"))
                    .andExpect(content().string(not(containsString("The course is booked."))))
                    .andExpect(content().string(containsString("for <span translate=\"no\">Morgan Lee</span>")));
            when(courses.visible(eq(COURSE_ID), any())).thenReturn(new Course(COURSE_ID, MORGAN_ID, LOCATION_ID,
                    MASSAGE.code(), null, 4, 14, null, List.of()));
            mvc.perform(get("/courses/" + COURSE_ID).with(SignedIn.client()))
                    .andExpect(model().attribute("pattern", "every 14 days"));
        }

        @Test
        void answersSomeoneElsesOrAMalformedCourseWithNotFound() throws Exception {
            UUID other = UUID.randomUUID();
            when(courses.visible(eq(other), any())).thenThrow(new NotFoundException("Course"));
            mvc.perform(get("/courses/" + other).with(SignedIn.client())).andExpect(NOT_FOUND);
            mvc.perform(get("/courses/latest").with(SignedIn.client())).andExpect(status().isNotFound());
        }
    }

    @Nested
    class Access {

        @Test
        void refusesTherapistsTheFormAndTheBooking() throws Exception {
            mvc.perform(get("/courses/new").with(SignedIn.therapist())).andExpect(REFUSED);
            mvc.perform(weekly().with(SignedIn.therapist())).andExpect(status().isForbidden());
            verify(courses, never()).book(any(), any());
        }

        @Test
        void answersStaffWithoutAKnownClientWithNotFound() throws Exception {
            mvc.perform(get("/courses/new").param("clientId", "someone").with(SignedIn.admin()))
                    .andExpect(status().isNotFound());
        }

        @Test
        void refusesAFormWithoutItsToken() throws Exception {
            mvc.perform(post("/courses").param("date", "2026-03-16").with(SignedIn.client()))
                    .andExpect(status().isForbidden());
            verify(courses, never()).book(any(), any());
        }

        @Test
        void sendsStrangersToSignIn() throws Exception {
            mvc.perform(get("/courses/new")).andExpect(redirectedUrl("/login"));
            mvc.perform(get("/courses/" + COURSE_ID)).andExpect(redirectedUrl("/login"));
            mvc.perform(weekly()).andExpect(redirectedUrl("/login"));
        }
    }
}
