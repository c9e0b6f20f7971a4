package org.reliefdesk.backup.internal;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.backup.internal.BackupFile.Kind;
import org.reliefdesk.support.PageSlice;
import org.reliefdesk.support.PageSliceTest;
import org.reliefdesk.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The admin's backup page: what is in the folder, what runs, "Back up now". */
@PageSliceTest(controllers = BackupPages.class)
class BackupPagesTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Backups backups;

    @BeforeEach
    void anEmbeddedDatabaseWithOneNightlyBackup() {
        when(backups.available()).thenReturn(true);
        when(backups.nightlyEnabled()).thenReturn(true);
        when(backups.settings()).thenReturn(new BackupSettings(true, LocalTime.of(2, 30), 14, Path.of("data/backups")));
        when(backups.folder()).thenReturn(Path.of("data/backups"));
        when(backups.list()).thenReturn(List.of(new BackupFile("20260309T023000000Z-nightly",
                Instant.parse("2026-03-09T02:30:00Z"), 2_345_678, Kind.NIGHTLY)));
        when(backups.inProgress()).thenReturn(List.of(new Backups.Progress("20260310T085900000Z-manual",
                Instant.parse("2026-03-10T08:59:00Z"), Kind.MANUAL, "FAILED", "disk full")));
    }

    @Test
    void listsTheBackupsInThePracticeZoneWithTheirSizes() throws Exception {
        mvc.perform(get("/admin/backups").with(SignedIn.admin()))
                .andExpect(status().isOk())
                .andExpect(view().name("backup/backups"))
                .andExpect(model().attribute("zone", "Z"))
                .andExpect(model().attribute("backups", contains(new BackupPages.Row("20260309T023000000Z-nightly",
                        "Mon, Mar 9, 2026, 2:30 AM", "NIGHTLY", "2.3 MB", "reliefdesk-backup-20260309T023000000Z-nightly.zip"))))
                .andExpect(content().string(containsString("A backup is taken every night at 2:30 AM (Z)")))
                .andExpect(content().string(containsString("<td>Nightly</td>")));
    }

    @Test
    void showsAFailedBackupWithItsReason() throws Exception {
        mvc.perform(get("/admin/backups").with(SignedIn.admin()))
                .andExpect(content().string(containsString("Tue, Mar 10, 2026, 8:59 AM · failed · disk full")));
    }

    @Test
    void startsABackupAndSaysSo() throws Exception {
        when(backups.start()).thenReturn("20260310T090000000Z-manual");
        mvc.perform(post("/admin/backups").with(SignedIn.admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/backups"))
                .andExpect(flash().attribute("started", "20260310T090000000Z-manual"));
    }

    @Nested
    class WithAnExternalDatabase {

        @BeforeEach
        void noBackupsOfOurOwn() {
            when(backups.available()).thenReturn(false);
        }

        @Test
        void saysTheProvidersBackupsApplyAndOffersNoButton() throws Exception {
            mvc.perform(get("/admin/backups").with(SignedIn.admin()))
                    .andExpect(PageSlice.shows("your database provider's backups apply"))
                    .andExpect(content().string(not(containsString("data-testid=\"back-up-now\""))));
        }

        @Test
        void startsNothing() throws Exception {
            mvc.perform(post("/admin/backups").with(SignedIn.admin()).with(csrf()))
                    .andExpect(redirectedUrl("/admin/backups"))
                    .andExpect(flash().attributeCount(0));
            verify(backups, never()).start();
        }
    }

    @Nested
    class NotForOthers {

        @Test
        void refusesEveryoneButAdministrators() throws Exception {
            mvc.perform(get("/admin/backups").with(SignedIn.therapist())).andExpect(status().isForbidden());
            mvc.perform(get("/admin/backups").with(SignedIn.frontDesk())).andExpect(status().isForbidden());
            mvc.perform(post("/admin/backups").with(SignedIn.client()).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(get("/admin/backups")).andExpect(redirectedUrl("/login"));
            verify(backups, never()).start();
        }
    }
}
