package org.reliefdesk.scheduling.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reliefdesk.scheduling.availability.AvailabilityTests.MASSAGE;
import static org.reliefdesk.scheduling.availability.AvailabilityTests.MONDAY;
import static org.reliefdesk.scheduling.availability.AvailabilityTests.NEW_YORK;
import static org.reliefdesk.scheduling.availability.AvailabilityTests.at;
import static org.reliefdesk.scheduling.availability.AvailabilityTests.day;
import static org.reliefdesk.scheduling.availability.AvailabilityTests.localStarts;
import static org.reliefdesk.scheduling.availability.AvailabilityTests.nineToFive;
import static org.reliefdesk.scheduling.availability.AvailabilityTests.room;
import static org.reliefdesk.scheduling.availability.AvailabilityTests.therapist;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.scheduling.availability.Availability.Outcome;
import org.reliefdesk.scheduling.availability.Schedules.Resource;
import org.reliefdesk.scheduling.availability.Schedules.Slot;
import org.reliefdesk.scheduling.availability.Schedules.TherapistSchedule;
import org.reliefdesk.scheduling.availability.Schedules.WeeklyHours;

/** Edge cases of the availability engine beyond the everyday ones in {@link AvailabilityTests}. */
class AvailabilityEdgeCasesTests {

    static final LocalDate LICENCE = LocalDate.of(2030, 1, 1);

    static TherapistSchedule weekly(List<WeeklyHours> hours, Intervals timeOff) {
        return new TherapistSchedule(UUID.randomUUID(), "Ann", LICENCE, MASSAGE, hours, timeOff, Intervals.NONE);
    }

    static Availability engine(ZoneId zone, int minutes, int buffer, List<TherapistSchedule> therapists,
            List<Resource> rooms, List<Resource> kits, Set<String> skills) {
        return new Availability(zone, minutes, buffer, skills, therapists, rooms, kits);
    }

    static Availability oneRoom(ZoneId zone, TherapistSchedule therapist) {
        return engine(zone, 60, 15, List.of(therapist), List.of(room("A")), null, MASSAGE);
    }

    static Intervals span(long start, long end) {
        return Intervals.of(List.<long[]>of(new long[] {start, end}));
    }

    @Nested
    class WorkingHours {

        @Test
        void splitHoursOfferNoSessionAcrossTheBreak() {
            var ann = weekly(List.of(new WeeklyHours(DayOfWeek.MONDAY, 9 * 60, 12 * 60),
                    new WeeklyHours(DayOfWeek.MONDAY, 13 * 60, 15 * 60)), Intervals.NONE);
            assertThat(localStarts(day(oneRoom(NEW_YORK, ann), NEW_YORK, MONDAY), NEW_YORK)).containsExactly(
                    "09:00", "09:15", "09:30", "09:45", "10:00", "10:15", "10:30", "10:45", "11:00",
                    "13:00", "13:15", "13:30", "13:45", "14:00");
        }

        @Test
        void hoursUntilMidnightOfferTheLastHourOfTheDay() {
            var ann = weekly(List.of(new WeeklyHours(DayOfWeek.MONDAY, 22 * 60, 1440)), Intervals.NONE);
            var slots = day(oneRoom(NEW_YORK, ann), NEW_YORK, MONDAY);
            assertThat(localStarts(slots, NEW_YORK)).containsExactly("22:00", "22:15", "22:30", "22:45", "23:00");
            assertThat(slots.get(4).end()).isEqualTo(MONDAY.plusDays(1).atStartOfDay(NEW_YORK).toEpochSecond());
        }

        @Test
        void onlyTheDaysOfTheWeekWithHoursAreOffered() {
            var saturdays = weekly(List.of(new WeeklyHours(DayOfWeek.SATURDAY, 9 * 60, 11 * 60)), Intervals.NONE);
            var availability = oneRoom(NEW_YORK, saturdays);
            var week = availability.between(at(NEW_YORK, MONDAY, "00:00"), at(NEW_YORK, MONDAY.plusDays(7), "00:00"));
            assertThat(week).hasSize(5).allSatisfy(slot -> assertThat(Instant.ofEpochSecond(slot.start())
                    .atZone(NEW_YORK).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY));
        }

        @Test
        void timeOffOverSeveralDaysEmptiesThemAndEndsToTheMinute() {
            var off = span(at(NEW_YORK, MONDAY, "00:00"), at(NEW_YORK, MONDAY.plusDays(2), "10:30"));
            var ann = therapist("Ann", MASSAGE, LICENCE, "09:00", "17:00", off, Intervals.NONE);
            var availability = oneRoom(NEW_YORK, ann);
            assertThat(day(availability, NEW_YORK, MONDAY)).isEmpty();
            assertThat(day(availability, NEW_YORK, MONDAY.plusDays(1))).isEmpty();
            assertThat(localStarts(day(availability, NEW_YORK, MONDAY.plusDays(2)), NEW_YORK)).startsWith("10:30");
            assertThat(availability.at(0, at(NEW_YORK, MONDAY.plusDays(2), "10:15"))).isEqualTo(Outcome.NOT_WORKING);
        }

        @Test
        void anEmptyOrTooShortRangeHasNoSlots() {
            var availability = oneRoom(NEW_YORK, nineToFive());
            long ten = at(NEW_YORK, MONDAY, "10:00");
            assertThat(availability.between(ten, ten)).isEmpty();
            assertThat(availability.between(ten, ten + 3599)).isEmpty();
            assertThat(availability.between(ten, ten + 3600)).hasSize(1);
        }

        @Test
        void aTherapistWithNoHoursIsNeverFree() {
            var nobody = weekly(List.of(), Intervals.NONE);
            assertThat(day(oneRoom(NEW_YORK, nobody), NEW_YORK, MONDAY)).isEmpty();
            assertThat(oneRoom(NEW_YORK, nobody).at(0, at(NEW_YORK, MONDAY, "10:00"))).isEqualTo(Outcome.NOT_WORKING);
        }
    }

    @Nested
    class SessionsAndBuffers {

        @Test
        void withoutABufferSessionsFollowBackToBack() {
            long[] held = {at(NEW_YORK, MONDAY, "10:00"), at(NEW_YORK, MONDAY, "11:00")};
            var ann = therapist("Ann", MASSAGE, LICENCE, "09:00", "13:00", Intervals.NONE,
                    Intervals.of(List.<long[]>of(held)));
            var availability = engine(NEW_YORK, 60, 0, List.of(ann), List.of(room("A")), null, MASSAGE);
            assertThat(localStarts(day(availability, NEW_YORK, MONDAY), NEW_YORK))
                    .containsExactly("09:00", "11:00", "11:15", "11:30", "11:45", "12:00");
        }

        @Test
        void theLastSessionNeedNotLeaveRoomForItsBufferBeforeClosing() {
            var availability = engine(NEW_YORK, 90, 30, List.of(nineToFive()), List.of(room("A")), null, MASSAGE);
            var slots = day(availability, NEW_YORK, MONDAY);
            assertThat(localStarts(slots, NEW_YORK)).startsWith("09:00").endsWith("15:30");
            assertThat(slots.get(slots.size() - 1).end() - slots.get(slots.size() - 1).start()).isEqualTo(90 * 60);
        }

        @Test
        void theBufferAlsoKeepsARoomFreeBeforeItsNextBooking() {
            long[] held = {at(NEW_YORK, MONDAY, "11:00"), at(NEW_YORK, MONDAY, "12:15")};
            var availability = engine(NEW_YORK, 60, 15, List.of(nineToFive()), List.of(room("A", held)), null,
                    MASSAGE);
            assertThat(localStarts(day(availability, NEW_YORK, MONDAY), NEW_YORK))
                    .contains("09:45", "12:15").doesNotContain("10:00", "10:45", "12:00");
            assertThat(availability.at(0, at(NEW_YORK, MONDAY, "10:00"))).isEqualTo(Outcome.TAKEN);
        }

        @Test
        void noRoomsAtAllMeansNoSlots() {
            var availability = engine(NEW_YORK, 60, 15, List.of(nineToFive()), List.of(), null, MASSAGE);
            assertThat(day(availability, NEW_YORK, MONDAY)).isEmpty();
            assertThat(availability.at(0, at(NEW_YORK, MONDAY, "10:00"))).isEqualTo(Outcome.TAKEN);
            assertThat(availability.resources(at(NEW_YORK, MONDAY, "10:00"))).containsExactly(-1, -1);
        }

        @Test
        void aSessionNeedingAKitWhenThereIsNoneIsNeverFree() {
            Set<String> hotStone = Set.of("MEDICAL_MASSAGE", "HOT_STONE");
            var ann = therapist("Ann", hotStone, LICENCE, "09:00", "17:00", Intervals.NONE, Intervals.NONE);
            var availability = engine(NEW_YORK, 60, 15, List.of(ann), List.of(room("A")), List.of(), hotStone);
            assertThat(day(availability, NEW_YORK, MONDAY)).isEmpty();
        }

        @Test
        void theResourcesAtAStartAreTheFirstFreeRoomAndKit() {
            long[] early = {at(NEW_YORK, MONDAY, "09:00"), at(NEW_YORK, MONDAY, "10:15")};
            Set<String> hotStone = Set.of("MEDICAL_MASSAGE", "HOT_STONE");
            var ann = therapist("Ann", hotStone, LICENCE, "09:00", "17:00", Intervals.NONE, Intervals.NONE);
            var availability = engine(NEW_YORK, 60, 15, List.of(ann), List.of(room("A", early), room("B"), room("C")),
                    List.of(room("Kit 1", early), room("Kit 2")), hotStone);
            assertThat(availability.resources(at(NEW_YORK, MONDAY, "09:00"))).containsExactly(1, 1);
            assertThat(availability.resources(at(NEW_YORK, MONDAY, "10:15"))).containsExactly(0, 0);
            var noKit = engine(NEW_YORK, 60, 15, List.of(nineToFive()), List.of(room("A")), null, MASSAGE);
            assertThat(noKit.resources(at(NEW_YORK, MONDAY, "10:00"))).containsExactly(0, -1);
        }

        @Test
        void aHeldTherapistIsTakenEvenWithRoomsFree() {
            long[] held = {at(NEW_YORK, MONDAY, "10:00"), at(NEW_YORK, MONDAY, "11:15")};
            var ann = therapist("Ann", MASSAGE, LICENCE, "09:00", "17:00", Intervals.NONE,
                    Intervals.of(List.<long[]>of(held)));
            var availability = engine(NEW_YORK, 60, 15, List.of(ann, nineToFive()), List.of(room("A"), room("B")),
                    null, MASSAGE);
            long tenThirty = at(NEW_YORK, MONDAY, "10:30");
            assertThat(availability.at(0, tenThirty)).isEqualTo(Outcome.TAKEN);
            assertThat(availability.at(1, tenThirty)).isEqualTo(Outcome.FREE);
            assertThat(availability.between(tenThirty, tenThirty + 3600)).singleElement()
                    .extracting(Slot::therapist).isEqualTo(1);
        }
    }

    @Nested
    class Licences {

        @Test
        void aLicenceExpiringMidRangeEndsTheSlotsAfterItsLastDay() {
            var ann = therapist("Ann", MASSAGE, MONDAY.plusDays(2), "09:00", "17:00", Intervals.NONE, Intervals.NONE);
            var week = oneRoom(NEW_YORK, ann).between(at(NEW_YORK, MONDAY, "00:00"),
                    at(NEW_YORK, MONDAY.plusDays(7), "00:00"));
            assertThat(week).hasSize(3 * 29);
            assertThat(Instant.ofEpochSecond(week.get(week.size() - 1).start()).atZone(NEW_YORK).toLocalDate())
                    .isEqualTo(MONDAY.plusDays(2));
        }

        @Test
        void skillsAreCheckedBeforeTheLicence() {
            var unlicensedWithoutSkill = therapist("Bo", Set.of("REFLEXOLOGY"), null, "09:00", "17:00",
                    Intervals.NONE, Intervals.NONE);
            var availability = oneRoom(NEW_YORK, unlicensedWithoutSkill);
            assertThat(availability.at(0, at(NEW_YORK, MONDAY, "10:00"))).isEqualTo(Outcome.LACKS_SKILLS);
        }

        @Test
        void extraSkillsDoNotStandInTheWay() {
            var everything = therapist("Cy", Set.of("MEDICAL_MASSAGE", "TRIGGER_POINT", "REFLEXOLOGY", "HOT_STONE"),
                    LICENCE, "09:00", "17:00", Intervals.NONE, Intervals.NONE);
            assertThat(day(oneRoom(NEW_YORK, everything), NEW_YORK, MONDAY)).hasSize(29);
        }
    }

    @Nested
    class Zones {

        @Test
        void aHalfHourZoneKeepsItsOwnQuarterHours() {
            ZoneId kolkata = ZoneId.of("Asia/Kolkata");
            var slots = day(oneRoom(kolkata, nineToFive()), kolkata, MONDAY);
            assertThat(slots).hasSize(29);
            assertThat(localStarts(slots, kolkata)).startsWith("09:00", "09:15").endsWith("16:00");
        }

        @Test
        void aQuarterPastZoneStartsOnItsLocalGrid() {
            ZoneId kathmandu = ZoneId.of("Asia/Kathmandu");
            var slots = day(oneRoom(kathmandu, nineToFive()), kathmandu, MONDAY);
            assertThat(localStarts(slots, kathmandu)).hasSize(29).startsWith("09:00").endsWith("16:00");
            assertThat(Math.floorMod(slots.get(0).start(), 900)).isZero();
        }

        /** Monrovia was 44 minutes 30 seconds behind UTC until 1972: not the UTC grid, so each start is checked. */
        @Test
        void aZoneThatOnceHadAnOddOffsetStillOffersItsLocalQuarterHours() {
            ZoneId monrovia = ZoneId.of("Africa/Monrovia");
            var slots = day(oneRoom(monrovia, nineToFive()), monrovia, MONDAY);
            assertThat(localStarts(slots, monrovia)).hasSize(29).startsWith("09:00").endsWith("16:00");
            assertThat(new Availability(monrovia, 60, 15, MASSAGE, List.of(nineToFive()), List.of(room("A")), null)
                    .onGrid(at(monrovia, MONDAY, "09:15"))).isTrue();
        }

        @Test
        void theGridIsTheLocalQuarterHourEvenForInstantsBefore1970() {
            long before = at(NEW_YORK, LocalDate.of(1960, 6, 1), "10:15");
            var availability = oneRoom(NEW_YORK, nineToFive());
            assertThat(availability.onGrid(before)).isTrue();
            assertThat(availability.onGrid(before + 60)).isFalse();
            assertThat(Availability.onGrid(ZoneId.of("Africa/Monrovia").getRules(), 0)).isFalse(); // 23:15:30 local
            assertThat(Availability.onGrid(ZoneId.of("Africa/Monrovia").getRules(), 2_670)).isTrue(); // 00:00 local
        }

        @Test
        void workingHoursStartingInTheSpringGapStartWhenTheClockDoes() {
            LocalDate change = LocalDate.of(2026, 3, 8);
            var ann = therapist("Ann", MASSAGE, LICENCE, "02:30", "06:00", Intervals.NONE, Intervals.NONE);
            var slots = day(oneRoom(NEW_YORK, ann), NEW_YORK, change);
            assertThat(localStarts(slots, NEW_YORK)).startsWith("03:30", "03:45").endsWith("05:00");
        }

        @Test
        void workingHoursEndingInTheRepeatedHourEndAtItsLaterPass() {
            LocalDate change = LocalDate.of(2026, 11, 1);
            var ann = therapist("Ann", MASSAGE, LICENCE, "00:00", "01:30", Intervals.NONE, Intervals.NONE);
            var slots = day(oneRoom(NEW_YORK, ann), NEW_YORK, change);
            assertThat(slots.get(slots.size() - 1).end())
                    .isEqualTo(Instant.parse("2026-11-01T06:30:00Z").getEpochSecond());
            assertThat(slots).hasSize(7);
        }
    }

    @Nested
    class ManyRoomsAndKits {

        static List<Resource> resources(String prefix, int count, long[] held) {
            List<Resource> all = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                all.add(i < count - 1 ? room(prefix + i, held) : room(prefix + i));
            }
            return all;
        }

        /** Beyond 64 of a kind the listing checks each start itself: the same free room is found. */
        @Test
        void moreThanSixtyFourRoomsFindTheLastFreeOne() {
            long[] held = {at(NEW_YORK, MONDAY, "08:00"), at(NEW_YORK, MONDAY, "18:00")};
            for (int count : new int[] {64, 65, 70}) {
                var availability = engine(NEW_YORK, 60, 15, List.of(nineToFive()), resources("R", count, held), null,
                        MASSAGE);
                var slots = day(availability, NEW_YORK, MONDAY);
                assertThat(slots).as(count + " rooms").hasSize(29).extracting(Slot::room).containsOnly(count - 1);
            }
        }

        @Test
        void moreThanSixtyFourKitsFindTheLastFreeOne() {
            long[] held = {at(NEW_YORK, MONDAY, "08:00"), at(NEW_YORK, MONDAY, "18:00")};
            Set<String> hotStone = Set.of("MEDICAL_MASSAGE", "HOT_STONE");
            var ann = therapist("Ann", hotStone, LICENCE, "09:00", "17:00", Intervals.NONE, Intervals.NONE);
            var availability = engine(NEW_YORK, 60, 15, List.of(ann), List.of(room("A")), resources("K", 66, held),
                    hotStone);
            assertThat(day(availability, NEW_YORK, MONDAY)).hasSize(29).extracting(Slot::kit).containsOnly(65);
        }
    }
}
