package org.reliefdesk.scheduling.notices;

import static org.mockito.ArgumentMatchers.any;
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

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.scheduling.practice.Therapist;
import org.reliefdesk.scheduling.practice.Therapists;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.support.PageSlice;
import org.reliefdesk.support.PageSliceTest;
import org.reliefdesk.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** A therapist's own calendar link: make one (shown once), replace it, stop it. */
@PageSliceTest(controllers = CalendarLinkPages.class, properties = "reliefdesk.base-url=https://desk.example/")
class CalendarLinkPagesTests {

    static final String LINK = "https://desk.example/api/v1/therapists/" + SignedIn.THERAPIST.id()
            + "/calendar.ics?token=s3cr3t";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CalendarFeeds feeds;

    @MockitoBean
    Therapists therapists;

    @BeforeEach
    void taraIsATherapist() {
        when(therapists.find(SignedIn.THERAPIST.id())).thenReturn(Optional.of(new Therapist(SignedIn.THERAPIST.id(),
                "tara@slice.test", "Tara Therapist", null, List.of(), null)));
    }

    @Nested
    class ThePage {

        @Test
        void aTherapistWithoutALinkIsOfferedOne() throws Exception {
            mvc.perform(get("/calendar-link").with(SignedIn.therapist()))
                    .andExpect(status().isOk())
                    .andExpect(view().name("scheduling/calendar-link"))
                    .andExpect(model().attribute("therapist", true))
                    .andExpect(model().attribute("active", false))
                    .andExpect(PageSlice.shows("Make my calendar link"));
        }

        @Test
        void aTherapistWithALinkMayReplaceOrStopIt() throws Exception {
            when(feeds.hasLink(SignedIn.THERAPIST.id())).thenReturn(true);
            mvc.perform(get("/calendar-link").with(SignedIn.therapist()))
                    .andExpect(model().attribute("active", true))
                    .andExpect(PageSlice.shows("A link is active."))
                    .andExpect(PageSlice.shows("Make a new link (the old one stops working)"))
                    .andExpect(PageSlice.shows("Stop the link"));
        }

        @Test
        void someoneWhoIsNotATherapistIsToldSo() throws Exception {
            when(therapists.find(SignedIn.FRONT_DESK.id())).thenReturn(Optional.empty());
            mvc.perform(get("/calendar-link").with(SignedIn.frontDesk()))
                    .andExpect(model().attribute("therapist", false))
                    .andExpect(model().attribute("active", false))
                    .andExpect(PageSlice.shows("Only therapists have a calendar of sessions."));
            verify(feeds, never()).hasLink(any());
        }
    }

    @Nested
    class TheLink {

        @Test
        void aNewLinkIsShownOnceWithTheBaseAddress() throws Exception {
            when(feeds.issue(SignedIn.THERAPIST.id(), SignedIn.THERAPIST)).thenReturn("s3cr3t");
            mvc.perform(post("/calendar-link").with(SignedIn.therapist()).with(csrf()))
                    .andExpect(redirectedUrl("/calendar-link"))
                    .andExpect(flash().attribute("link", LINK));
        }

        @Test
        void theLinkShownIsOnThePageAfterTheRedirect() throws Exception {
            when(feeds.hasLink(SignedIn.THERAPIST.id())).thenReturn(true);
            mvc.perform(get("/calendar-link").flashAttr("link", LINK).with(SignedIn.therapist()))
                    .andExpect(PageSlice.rendered("<code>" + LINK.replace("?", "\\?") + "</code>"))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                            org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("A link is active."))));
        }

        @Test
        void stoppingTheLinkSaysCalendarAppsStopUpdating() throws Exception {
            mvc.perform(post("/calendar-link/revoke").with(SignedIn.therapist()).with(csrf()))
                    .andExpect(redirectedUrl("/calendar-link"))
                    .andExpect(flash().attribute("notice", true));
            verify(feeds).revoke(SignedIn.THERAPIST.id(), SignedIn.THERAPIST);
        }
    }

    @Nested
    class Access {

        @Test
        void someoneWithoutACalendarCannotMakeALink() throws Exception {
            when(feeds.issue(any(), any())).thenThrow(new ForbiddenException(
                    "Only the therapist or an administrator may see this calendar"));
            mvc.perform(post("/calendar-link").with(SignedIn.client()).with(csrf())).andExpect(status().isForbidden());
        }

        @Test
        void aLinkIsNotMadeWithoutTheFormsToken() throws Exception {
            mvc.perform(post("/calendar-link").with(SignedIn.therapist())).andExpect(status().isForbidden());
            verify(feeds, never()).issue(any(), any());
        }

        @Test
        void nobodySignedInIsSentToSignIn() throws Exception {
            mvc.perform(get("/calendar-link")).andExpect(redirectedUrl("/login"));
        }
    }
}
