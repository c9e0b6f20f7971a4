package org.reliefdesk.scheduling.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.accounts.Role;
import org.reliefdesk.scheduling.practice.PracticeSetupApi.LocationRequest;
import org.reliefdesk.scheduling.practice.PracticeSetupApi.TherapistView;
import org.reliefdesk.scheduling.practice.Therapist.Licence;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.Paged;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The small helpers the scheduling pages and endpoints share: times shown, ids typed, pages, roles. */
class PageHelpersTests {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    static ReliefDeskUser a(Role role) {
        return new ReliefDeskUser(UUID.randomUUID(), role.name().toLowerCase() + "@x.example", "Someone", role, null);
    }

    @Nested
    class Showing {

        @Test
        void theBookClockIsTwentyFourHoursInEveryLanguage() {
            assertThat(Display.CLOCK.format(Instant.parse("2026-12-07T20:05:00Z").atZone(NEW_YORK))).isEqualTo("15:05");
            assertThat(Display.CLOCK.format(Instant.parse("2026-07-07T20:05:00Z").atZone(NEW_YORK))).isEqualTo("16:05");
        }

        @Test
        void aDayAndItsTimeAreInTheReadersLanguage() {
            ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
            messages.setBasenames("messages");
            messages.setDefaultEncoding("UTF-8");
            messages.setFallbackToSystemLocale(false);
            LocalDateTime at = LocalDateTime.of(2026, 12, 8, 8, 0);
            try {
                LocaleContextHolder.setLocale(Locale.ENGLISH);
                assertThat(Display.dayAndTime(messages, at)).isEqualTo("Tuesday, December 8, 2026, 8:00 AM");
                LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
                assertThat(Display.dayAndTime(messages, at)).isEqualTo("martes, 8 de diciembre de 2026, 08:00");
                assertThat(Display.in(messages, "format.weekdayDate", at)).isEqualTo("mar 8 dic");
            } finally {
                LocaleContextHolder.resetLocaleContext();
            }
        }

        @Test
        void aDayTypedIntoTheAddressOrTheFallback() {
            LocalDate today = LocalDate.of(2026, 3, 10);
            assertThat(Display.parseDay("2026-12-07", today)).isEqualTo(LocalDate.of(2026, 12, 7));
            assertThat(Display.parseDay(" 2026-12-07 ", today)).isEqualTo(LocalDate.of(2026, 12, 7));
            assertThat(Display.parseDay("07/12/2026", today)).isEqualTo(today);
            assertThat(Display.parseDay("", today)).isEqualTo(today);
            assertThat(Display.parseDay(null, today)).isEqualTo(today);
        }
    }

    @Nested
    class TypedIds {

        @Test
        void aUuidWithSpacesAroundIsRead() {
            UUID id = UUID.randomUUID();
            assertThat(Ids.parse(" " + id + " ")).isEqualTo(id);
        }

        @Test
        void anythingElseIsNoId() {
            assertThat(Ids.parse("42")).isNull();
            assertThat(Ids.parse("not-a-uuid")).isNull();
            assertThat(Ids.parse(" ")).isNull();
            assertThat(Ids.parse(null)).isNull();
        }
    }

    @Nested
    class PagesOfAShortList {

        static final List<Integer> ELEVEN = IntStream.range(0, 11).boxed().toList();

        @Test
        void theFirstAndAMiddlePage() {
            assertThat(Pages.of(ELEVEN, PageParams.of(0, 4))).isEqualTo(new Paged<>(List.of(0, 1, 2, 3), 0, 4, 11));
            assertThat(Pages.of(ELEVEN, PageParams.of(1, 4)).items()).containsExactly(4, 5, 6, 7);
        }

        @Test
        void theLastPageIsShortAndBeyondItIsEmpty() {
            assertThat(Pages.of(ELEVEN, PageParams.of(2, 4)).items()).containsExactly(8, 9, 10);
            assertThat(Pages.of(ELEVEN, PageParams.of(5, 4))).isEqualTo(new Paged<>(List.of(), 5, 4, 11));
        }

        @Test
        void theDefaultPageHoldsFifty() {
            Paged<Integer> page = Pages.of(ELEVEN, PageParams.of(null, null));
            assertThat(page.items()).hasSize(11);
            assertThat(page.size()).isEqualTo(50);
        }
    }

    @Nested
    class RoleChecks {

        @Test
        void onlyAnAdministratorPassesTheAdminCheck() {
            assertThatCode(() -> Roles.admin(a(Role.ADMIN))).doesNotThrowAnyException();
            for (Role role : List.of(Role.THERAPIST, Role.FRONT_DESK, Role.CLIENT)) {
                assertThatThrownBy(() -> Roles.admin(a(role))).isInstanceOf(ForbiddenException.class)
                        .hasMessage("Only an administrator may do this");
            }
        }

        @Test
        void everyoneButAClientIsStaff() {
            for (Role role : List.of(Role.ADMIN, Role.THERAPIST, Role.FRONT_DESK)) {
                assertThatCode(() -> Roles.staff(a(role))).doesNotThrowAnyException();
            }
            assertThatThrownBy(() -> Roles.staff(a(Role.CLIENT))).isInstanceOf(ForbiddenException.class)
                    .hasMessage("Only staff may do this");
        }
    }

    @Nested
    class ApiShapes {

        @Test
        void aLocationRequestWithoutNumbersTakesTheDefaults() {
            Location location = new LocationRequest("Annex", "UTC", List.of(), null, null, null, null, null, null,
                    null).toLocation(new FieldErrors());
            assertThat(location.bufferMinutes()).isEqualTo(15);
            assertThat(location.lateCancelHours()).isEqualTo(24);
            assertThat(location.offerHoldMinutes()).isNull();
            assertThat(location.address()).isNull();
        }

        @Test
        void aLocationRequestKeepsWhatItNames() {
            Location location = new LocationRequest("Annex", "UTC", List.of(), null, 0, 48, "3 Quay Road", 30,
                    null, null).toLocation(new FieldErrors());
            assertThat(location).isEqualTo(new Location(null, "Annex", "UTC", 0, 48, List.of(), null, "3 Quay Road", 30));
        }

        @Test
        void aTherapistsEmailIsForStaffOnlyAndTheLicenceIsJudgedToday() {
            Therapist therapist = new Therapist(UUID.randomUUID(), "tara@x.example", "Tara Therapist",
                    new Licence("LMT-1", "ME", LocalDate.of(2026, 12, 7)), List.of("HOT_STONE"), UUID.randomUUID());
            TherapistView staff = TherapistView.of(therapist, LocalDate.of(2026, 12, 7), true);
            assertThat(staff.email()).isEqualTo("tara@x.example");
            assertThat(staff.licenceValidToday()).isTrue();
            TherapistView client = TherapistView.of(therapist, LocalDate.of(2026, 12, 8), false);
            assertThat(client.email()).isNull();
            assertThat(client.licenceValidToday()).isFalse();
            assertThat(client.skills()).containsExactly("HOT_STONE");
        }
    }
}
