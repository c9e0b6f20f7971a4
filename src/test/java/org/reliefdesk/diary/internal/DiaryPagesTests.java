package org.reliefdesk.diary.internal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.accounts.Role;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.ClientAccess;
import org.reliefdesk.diary.Diary;
import org.reliefdesk.diary.DiaryEntry;
import org.reliefdesk.diary.DiaryInput;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.support.PageSlice;
import org.reliefdesk.support.PageSliceTest;
import org.reliefdesk.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The client's diary (today, a past day, the month) and reminder, and the staff month view. */
@PageSliceTest(controllers = {DiaryPages.class, ReminderPages.class})
class DiaryPagesTests {

    static final UUID CLIENT_ID = UUID.fromString("66666666-6666-6666-6666-666666666666");
    static final Client SAM = new Client(CLIENT_ID, SignedIn.CLIENT.id(), "Sam Rivera", "sam@slice.test",
            LocalDate.of(1990, 1, 1), null);
    static final LocalDate TODAY = PageSlice.TODAY;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Diary diary;

    @MockitoBean
    ClientAccess access;

    @MockitoBean
    DiaryReminders reminders;

    @BeforeEach
    void samIsSignedIn() {
        when(access.self(SignedIn.CLIENT)).thenReturn(SAM);
        when(diary.today()).thenReturn(TODAY);
        // like the real Diary: the form's own reading problems and the rules' are thrown together
        when(diary.record(any(), any(), any(), any(), any())).thenAnswer(call -> {
            call.getArgument(4, FieldErrors.class).throwIfAny();
            return null;
        });
        doAnswer(call -> {
            call.getArgument(2, FieldErrors.class).throwIfAny();
            return null;
        }).when(diary).check(any(), any(), any());
    }

    @Test
    void showsTodayWithWhatIsAlreadyLoggedAndTheMonth() throws Exception {
        DiaryEntry logged = new DiaryEntry(TODAY, true, 6, new BigDecimal("3.5"), List.of(), List.of(), "after work");
        when(diary.on(CLIENT_ID, TODAY)).thenReturn(Optional.of(logged));
        when(diary.between(CLIENT_ID, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31))).thenReturn(List.of(logged));
        mvc.perform(get("/diary").with(SignedIn.client()))
                .andExpect(status().isOk())
                .andExpect(view().name("diary/today"))
                .andExpect(model().attribute("logged", logged))
                .andExpect(model().attribute("isToday", true))
                .andExpect(model().attribute("form", PageSlice.having(DayForm::getPeakIntensity, "6")))
                .andExpect(model().attribute("calendar", PageSlice.having(MonthView::month, YearMonth.of(2026, 3))))
                .andExpect(content().string(containsString("after work")));
    }

    @Test
    void showsTheAskedMonthAndTheCurrentOneForAnUnreadableMonth() throws Exception {
        mvc.perform(get("/diary").param("month", "2026-01").with(SignedIn.client())).andExpect(status().isOk());
        verify(diary).between(CLIENT_ID, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));
        mvc.perform(get("/diary").param("month", "January").with(SignedIn.client())).andExpect(status().isOk());
        verify(diary).between(CLIENT_ID, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
    }

    @Test
    void savesAPastDayAndReturnsToItsMonth() throws Exception {
        mvc.perform(post("/diary/day/2026-02-27").param("headache", "true").param("peakIntensity", "7")
                .param("durationHours", "1,5").param("triggers", "STRESS").with(SignedIn.client()).with(csrf()))
                .andExpect(redirectedUrl("/diary?month=2026-02"))
                .andExpect(flash().attribute("saved", LocalDate.of(2026, 2, 27)));
        verify(diary).record(eq(CLIENT_ID), eq(LocalDate.of(2026, 2, 27)), eq(new DiaryInput(true, 7,
                new BigDecimal("1.5"), List.of(), List.of("STRESS"), null)), eq(SignedIn.CLIENT.id()), any());
    }

    @Nested
    class BadInput {

        @Test
        void showsUnreadableNumbersBesideTheirFields() throws Exception {
            mvc.perform(post("/diary/day/2026-03-09").param("headache", "true").param("peakIntensity", "bad")
                    .param("durationHours", "two").with(SignedIn.client()).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("diary/day"))
                    .andExpect(model().attribute("errors", hasEntry("peakIntensity",
                            "This must be a whole number from 0 to 10.")))
                    .andExpect(PageSlice.shows("Please fix the marked fields."))
                    .andExpect(PageSlice.fieldError("Choose the worst pain: a whole number from 0 to 10."))
                    .andExpect(PageSlice.fieldError("Enter the hours as a number from 0 to 72, such as 3 or 1.5."))
                    .andExpect(content().string(containsString("value=\"two\"")));
        }

        @Test
        void refusesAFutureDay() throws Exception {
            mvc.perform(get("/diary/day/2026-03-11").with(SignedIn.client()))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(view().name("error/error"))
                    .andExpect(PageSlice.shows("The diary takes days from Mar 10, 2025 to today (Mar 10, 2026)"));
        }

        @Test
        void answersAnUnreadableDayWithNotFound() throws Exception {
            mvc.perform(get("/diary/day/yesterday").with(SignedIn.client())).andExpect(status().isNotFound());
            mvc.perform(post("/diary/day/31-02-2026").with(SignedIn.client()).with(csrf()))
                    .andExpect(status().isNotFound());
            verify(diary, never()).record(any(), any(), any(), any(), any());
        }
    }

    /** Replacing a day already logged asks first; "Replace it" posts the same values again with replace=true. */
    @Nested
    class Replacing {

        static final LocalDate DAY = LocalDate.of(2026, 3, 8);
        static final DiaryEntry MIGRAINE = new DiaryEntry(DAY, true, 6, new BigDecimal("3.5"), List.of("TRIPTAN"),
                List.of(), null);

        @BeforeEach
        void theDayIsLogged() {
            when(diary.on(CLIENT_ID, DAY)).thenReturn(Optional.of(MIGRAINE));
        }

        @Test
        void asksBeforeANoHeadacheTapReplacesALoggedHeadache() throws Exception {
            mvc.perform(post("/diary/day/2026-03-08").param("headache", "false").with(SignedIn.client()).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("diary/day"))
                    .andExpect(model().attribute("replacing", MIGRAINE))
                    .andExpect(PageSlice.shows("You already logged this day: a headache, worst pain 6 of 10, for 3.5 "
                            + "hours, medicine taken. Replace it?"))
                    .andExpect(PageSlice.shows("Your new entry: no headache."))
                    .andExpect(content().string(containsString("name=\"replace\" value=\"true\"")))
                    .andExpect(content().string(containsString("name=\"headache\" value=\"false\"")))
                    .andExpect(content().string(containsString("href=\"/diary?month=2026-03\"")))
                    .andExpect(content().string(not(containsString("data-testid=\"save-headache\""))));
            verify(diary, never()).record(any(), any(), any(), any(), any());
        }

        @Test
        void replacesOnceConfirmed() throws Exception {
            mvc.perform(post("/diary/day/2026-03-08").param("headache", "false").param("replace", "true")
                    .with(SignedIn.client()).with(csrf()))
                    .andExpect(redirectedUrl("/diary?month=2026-03"));
            verify(diary).record(eq(CLIENT_ID), eq(DAY), eq(new DiaryInput(false, null, null, List.of(), List.of(),
                    null)), eq(SignedIn.CLIENT.id()), any());
        }

        @Test
        void savesTheSameDayAgainWithoutAsking() throws Exception {
            mvc.perform(post("/diary/day/2026-03-08").param("headache", "true").param("peakIntensity", "6")
                    .param("durationHours", "3.50").param("acuteMedication", "TRIPTAN").param("note", " ")
                    .with(SignedIn.client()).with(csrf()))
                    .andExpect(redirectedUrl("/diary?month=2026-03"));
            verify(diary).record(eq(CLIENT_ID), eq(DAY), any(), any(), any());
        }

        @Test
        void showsMistakesBeforeAsking() throws Exception {
            mvc.perform(post("/diary/day/2026-03-08").param("headache", "true").param("peakIntensity", "eleven")
                    .with(SignedIn.client()).with(csrf()))
                    .andExpect(view().name("diary/day"))
                    .andExpect(PageSlice.fieldError("Choose the worst pain: a whole number from 0 to 10."))
                    .andExpect(model().attributeDoesNotExist("replacing"));
        }

        @Test
        void asksInSpanish() throws Exception {
            when(access.self(any())).thenReturn(SAM);
            mvc.perform(post("/diary/day/2026-03-08").param("headache", "false")
                    .with(SignedIn.as(SignedIn.speaking(Role.CLIENT, "es"))).with(csrf()))
                    .andExpect(content().string(containsString("Ya registró este día: dolor de cabeza, dolor "
                            + "máximo 6 de 10, durante 3,5 horas, con medicamento. ¿Desea reemplazarlo?")));
        }
    }

    @Nested
    class Reminder {

        @Test
        void showsTheChosenHour() throws Exception {
            when(reminders.hourOf(CLIENT_ID)).thenReturn(Optional.of(8));
            mvc.perform(get("/diary/reminder").with(SignedIn.client()))
                    .andExpect(view().name("diary/reminder"))
                    .andExpect(model().attribute("hour", 8))
                    .andExpect(content().string(containsString("<option value=\"8\" selected=\"selected\">8:00 AM</option>")));
        }

        @Test
        void savesAnHourOrNone() throws Exception {
            mvc.perform(post("/diary/reminder").param("hour", "19").with(SignedIn.client()).with(csrf()))
                    .andExpect(redirectedUrl("/diary/reminder"))
                    .andExpect(flash().attribute("reminderSaved", true));
            verify(reminders).set(CLIENT_ID, 19);
            mvc.perform(post("/diary/reminder").param("hour", "").with(SignedIn.client()).with(csrf()));
            verify(reminders).set(CLIENT_ID, null);
        }

        @Test
        void passesAnUnreadableHourOnAsOutOfRange() throws Exception {
            mvc.perform(post("/diary/reminder").param("hour", "eight").with(SignedIn.client()).with(csrf()));
            verify(reminders).set(CLIENT_ID, -1);
        }
    }

    @Nested
    class ForStaff {

        @Test
        void showsAClientsMonthToTheirTherapist() throws Exception {
            when(access.clinical(CLIENT_ID, SignedIn.THERAPIST, "READ_DIARY", "DIARY", null)).thenReturn(SAM);
            mvc.perform(get("/clients/" + CLIENT_ID + "/diary").with(SignedIn.therapist()))
                    .andExpect(view().name("diary/client"))
                    .andExpect(model().attribute("client", SAM))
                    .andExpect(content().string(containsString("Sam Rivera")));
        }

        @Test
        void refusesFrontDesk() throws Exception {
            when(access.clinical(any(), eq(SignedIn.FRONT_DESK), any(), any(), any()))
                    .thenThrow(new ForbiddenException("Front desk sees no clinical detail"));
            mvc.perform(get("/clients/" + CLIENT_ID + "/diary").with(SignedIn.frontDesk()))
                    .andExpect(status().isForbidden())
                    .andExpect(view().name("error/403"));
        }

        @Test
        void sendsAnonymousVisitorsToSignIn() throws Exception {
            mvc.perform(get("/diary")).andExpect(redirectedUrl("/login"));
        }
    }
}
