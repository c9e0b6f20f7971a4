package org.reliefdesk.scheduling.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.scheduling.availability.Schedules.Resource;
import org.reliefdesk.scheduling.availability.Schedules.Slot;
import org.reliefdesk.scheduling.availability.Schedules.TherapistSchedule;
import org.reliefdesk.scheduling.availability.Schedules.WeeklyHours;
import org.reliefdesk.scheduling.practice.WorkingHours;

class AvailabilityTests {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    static final Set<String> MASSAGE = Set.of("MEDICAL_MASSAGE");

    static long at(ZoneId zone, LocalDate day, String time) {
        return ZonedDateTime.of(day, LocalTime.parse(time), zone).toEpochSecond();
    }

    static TherapistSchedule therapist(String name, Set<String> skills, LocalDate licence, String start, String end,
            Intervals timeOff, Intervals busy) {
        List<WeeklyHours> hours = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.add(new WeeklyHours(day, WorkingHours.parseClock(start), WorkingHours.parseClock(end)));
        }
        return new TherapistSchedule(UUID.randomUUID(), name, licence, skills, hours, timeOff, busy);
    }

    static TherapistSchedule nineToFive() {
        return therapist("Ann", MASSAGE, LocalDate.of(2030, 1, 1), "09:00", "17:00", Intervals.NONE, Intervals.NONE);
    }

    static Resource room(String name, long[]... busy) {
        return new Resource(UUID.randomUUID(), name, Intervals.of(List.of(busy)));
    }

    static Availability availability(ZoneId zone, List<TherapistSchedule> therapists, List<Resource> rooms,
            List<Resource> kits, Set<String> skills) {
        return new Availability(zone, 60, 15, skills, therapists, rooms, kits);
    }

    static List<Slot> day(Availability availability, ZoneId zone, LocalDate day) {
        return availability.between(day.atStartOfDay(zone).toEpochSecond(),
                day.plusDays(1).atStartOfDay(zone).toEpochSecond());
    }

    static List<String> localStarts(List<Slot> slots, ZoneId zone) {
        return slots.stream().map(s -> Instant.ofEpochSecond(s.start()).atZone(zone).toLocalTime().toString()).toList();
    }

    @Nested
    class Hours {

        @Test
        void sessionsStartOnTheQuarterHourAndEndByClosing() {
            var slots = day(availability(NEW_YORK, List.of(nineToFive()), List.of(room("A")), null, MASSAGE), NEW_YORK, MONDAY);
            assertThat(slots).hasSize(29);
            assertThat(localStarts(slots, NEW_YORK)).startsWith("09:00", "09:15").endsWith("15:45", "16:00");
            assertThat(slots.get(28).end()).isEqualTo(at(NEW_YORK, MONDAY, "17:00"));
        }

        @Test
        void timeOffRemovesTheSessionsItTouches() {
            var off = Intervals.of(List.<long[]>of(new long[] {at(NEW_YORK, MONDAY, "12:00"), at(NEW_YORK, MONDAY, "13:00")}));
            var t = therapist("Ann", MASSAGE, LocalDate.of(2030, 1, 1), "09:00", "17:00", off, Intervals.NONE);
            var starts = localStarts(day(availability(NEW_YORK, List.of(t), List.of(room("A")), null, MASSAGE), NEW_YORK,
                    MONDAY), NEW_YORK);
            assertThat(starts).contains("11:00", "13:00").doesNotContain("11:15", "12:00", "12:45");
        }

        @Test
        void onlySlotsWhollyInsideTheRangeAreOffered() {
            var a = availability(NEW_YORK, List.of(nineToFive()), List.of(room("A")), null, MASSAGE);
            var slots = a.between(at(NEW_YORK, MONDAY, "10:05"), at(NEW_YORK, MONDAY, "12:00"));
            assertThat(localStarts(slots, NEW_YORK)).containsExactly("10:15", "10:30", "10:45", "11:00");
        }

        @Test
        void oneEntryPerTherapistAndStartInStartOrder() {
            var a = availability(NEW_YORK, List.of(nineToFive(), nineToFive()), List.of(room("A")), null, MASSAGE);
            var slots = a.between(at(NEW_YORK, MONDAY, "09:00"), at(NEW_YORK, MONDAY, "10:15"));
            assertThat(slots).extracting(Slot::therapist).containsExactly(0, 1, 0, 1);
            assertThat(slots).extracting(Slot::room).containsOnly(0);
        }
    }

    @Nested
    class Buffers {

        @Test
        void theBufferAfterATherapistsSessionKeepsTheNextOneAway() {
            long[] held = {at(NEW_YORK, MONDAY, "11:00"), at(NEW_YORK, MONDAY, "12:15")};
            var t = therapist("Ann", MASSAGE, LocalDate.of(2030, 1, 1), "09:00", "17:00", Intervals.NONE,
                    Intervals.of(List.<long[]>of(held)));
            var starts = localStarts(day(availability(NEW_YORK, List.of(t), List.of(room("A")), null, MASSAGE), NEW_YORK,
                    MONDAY), NEW_YORK);
            assertThat(starts).contains("09:45", "12:15").doesNotContain("10:00", "11:00", "12:00");
        }

        @Test
        void aHeldRoomSendsTheSessionToTheFirstFreeRoomAndNoRoomMeansNoSlot() {
            long[] held = {at(NEW_YORK, MONDAY, "09:00"), at(NEW_YORK, MONDAY, "10:15")};
            var oneBusy = availability(NEW_YORK, List.of(nineToFive()), List.of(room("A", held), room("B")), null, MASSAGE);
            var slots = oneBusy.between(at(NEW_YORK, MONDAY, "09:00"), at(NEW_YORK, MONDAY, "10:00"));
            assertThat(slots).singleElement().extracting(Slot::room).isEqualTo(1);
            var allBusy = availability(NEW_YORK, List.of(nineToFive()), List.of(room("A", held)), null, MASSAGE);
            assertThat(localStarts(day(allBusy, NEW_YORK, MONDAY), NEW_YORK)).startsWith("10:15");
        }

        @Test
        void aHotStoneSessionNeedsAFreeKit() {
            long[] held = {at(NEW_YORK, MONDAY, "09:00"), at(NEW_YORK, MONDAY, "13:00")};
            Set<String> hotStone = Set.of("MEDICAL_MASSAGE", "HOT_STONE");
            var t = therapist("Ann", hotStone, LocalDate.of(2030, 1, 1), "09:00", "17:00", Intervals.NONE, Intervals.NONE);
            var oneKitBusy = availability(NEW_YORK, List.of(t), List.of(room("A")), List.of(room("Kit 1", held)), hotStone);
            assertThat(localStarts(day(oneKitBusy, NEW_YORK, MONDAY), NEW_YORK)).startsWith("13:00");
            var twoKits = availability(NEW_YORK, List.of(t), List.of(room("A")),
                    List.of(room("Kit 1", held), room("Kit 2")), hotStone);
            var slots = day(twoKits, NEW_YORK, MONDAY);
            assertThat(slots.get(0).kit()).isEqualTo(1);
            assertThat(localStarts(slots, NEW_YORK)).startsWith("09:00");
        }
    }

    @Nested
    class Qualifications {

        @Test
        void aTherapistWithoutEverySkillIsNotOffered() {
            var a = availability(NEW_YORK, List.of(nineToFive()), List.of(room("A")), null,
                    Set.of("MEDICAL_MASSAGE", "HOT_STONE"));
            assertThat(day(a, NEW_YORK, MONDAY)).isEmpty();
            assertThat(a.at(0, at(NEW_YORK, MONDAY, "10:00"))).isEqualTo(Availability.Outcome.LACKS_SKILLS);
        }

        @Test
        void aLicenceExpiringTodayIsValidTodayOnly() {
            var t = therapist("Ann", MASSAGE, MONDAY, "09:00", "17:00", Intervals.NONE, Intervals.NONE);
            var a = availability(NEW_YORK, List.of(t), List.of(room("A")), null, MASSAGE);
            assertThat(day(a, NEW_YORK, MONDAY)).hasSize(29);
            assertThat(day(a, NEW_YORK, MONDAY.plusDays(1))).isEmpty();
            assertThat(a.at(0, at(NEW_YORK, MONDAY.plusDays(1), "10:00"))).isEqualTo(Availability.Outcome.NO_VALID_LICENCE);
        }

        @Test
        void aLicenceThatExpiredYesterdayIsNeverOffered() {
            var t = therapist("Ann", MASSAGE, MONDAY.minusDays(1), "09:00", "17:00", Intervals.NONE, Intervals.NONE);
            var a = availability(NEW_YORK, List.of(t), List.of(room("A")), null, MASSAGE);
            assertThat(day(a, NEW_YORK, MONDAY)).isEmpty();
            var none = therapist("Bo", MASSAGE, null, "09:00", "17:00", Intervals.NONE, Intervals.NONE);
            assertThat(day(availability(NEW_YORK, List.of(none), List.of(room("A")), null, MASSAGE), NEW_YORK, MONDAY))
                    .isEmpty();
        }

        @Test
        void outsideTheHoursIsNotWorkingAndHeldIsTaken() {
            long[] held = {at(NEW_YORK, MONDAY, "10:00"), at(NEW_YORK, MONDAY, "11:15")};
            var t = therapist("Ann", MASSAGE, LocalDate.of(2030, 1, 1), "09:00", "17:00", Intervals.NONE,
                    Intervals.of(List.<long[]>of(held)));
            var a = availability(NEW_YORK, List.of(t), List.of(room("A")), null, MASSAGE);
            assertThat(a.at(0, at(NEW_YORK, MONDAY, "16:15"))).isEqualTo(Availability.Outcome.NOT_WORKING);
            assertThat(a.at(0, at(NEW_YORK, MONDAY, "10:30"))).isEqualTo(Availability.Outcome.TAKEN);
            assertThat(a.at(0, at(NEW_YORK, MONDAY, "11:15"))).isEqualTo(Availability.Outcome.FREE);
        }
    }

    @Nested
    class DaylightSaving {

        static List<Slot> night(ZoneId zone, LocalDate day, String end) {
            var t = therapist("Ann", MASSAGE, LocalDate.of(2030, 1, 1), "00:00", end, Intervals.NONE, Intervals.NONE);
            return day(availability(zone, List.of(t), List.of(room("A")), null, MASSAGE), zone, day);
        }

        static void assertEverySessionLastsAnHourOnTheLocalGrid(List<Slot> slots, ZoneId zone) {
            for (Slot slot : slots) {
                assertThat(slot.end() - slot.start()).isEqualTo(3600);
                assertThat(Instant.ofEpochSecond(slot.start()).atZone(zone).getMinute() % 15).isZero();
            }
        }

        @Test
        void newYorkSpringForwardSkipsTheMissingHour() {
            LocalDate day = LocalDate.of(2026, 3, 8);
            var slots = night(NEW_YORK, day, "06:00");
            assertThat(slots).hasSize(17);
            assertThat(localStarts(slots, NEW_YORK)).contains("01:45", "03:00").noneMatch(t -> t.startsWith("02:"));
            assertEverySessionLastsAnHourOnTheLocalGrid(slots, NEW_YORK);
            assertThat(Instant.ofEpochSecond(slots.get(7).end()).atZone(NEW_YORK).toLocalTime()).isEqualTo("03:45");
        }

        @Test
        void newYorkFallBackOffersTheRepeatedHourTwice() {
            LocalDate day = LocalDate.of(2026, 11, 1);
            var slots = night(NEW_YORK, day, "04:00");
            assertThat(slots).hasSize(17);
            assertThat(localStarts(slots, NEW_YORK).stream().filter(t -> t.equals("01:00"))).hasSize(2);
            assertEverySessionLastsAnHourOnTheLocalGrid(slots, NEW_YORK);
        }

        @Test
        void londonSpringForwardSkipsOneToTwo() {
            LocalDate day = LocalDate.of(2026, 3, 29);
            var slots = night(LONDON, day, "05:00");
            assertThat(slots).hasSize(13);
            assertThat(localStarts(slots, LONDON)).contains("00:45", "02:00").noneMatch(t -> t.startsWith("01:"));
            assertEverySessionLastsAnHourOnTheLocalGrid(slots, LONDON);
        }

        @Test
        void londonFallBackOffersTheRepeatedHourTwice() {
            LocalDate day = LocalDate.of(2026, 10, 25);
            var slots = night(LONDON, day, "03:00");
            assertThat(slots).hasSize(13);
            assertThat(localStarts(slots, LONDON).stream().filter(t -> t.equals("01:30"))).hasSize(2);
            assertEverySessionLastsAnHourOnTheLocalGrid(slots, LONDON);
        }

        @Test
        void ordinaryHoursOnTheChangeDayStayAtTheirLocalTimes() {
            LocalDate day = LocalDate.of(2026, 3, 8);
            var slots = day(availability(NEW_YORK, List.of(nineToFive()), List.of(room("A")), null, MASSAGE), NEW_YORK, day);
            assertThat(slots).hasSize(29);
            assertThat(slots.get(0).start()).isEqualTo(LocalDateTime.of(day, LocalTime.of(9, 0)).atZone(NEW_YORK)
                    .toEpochSecond());
        }
    }

    /**
     * The listing works per quarter hour from tables and cursors; here every start is checked on its own, the
     * plain way, over random busy practices across the daylight-saving changes: both must agree slot for slot.
     */
    @Nested
    class AgreesWithCheckingEachStartOnItsOwn {

        @Test
        void overRandomPracticesAcrossDaylightSaving() {
            Random random = new Random(20261205L);
            for (int round = 0; round < 60; round++) {
                ZoneId zone = round % 2 == 0 ? NEW_YORK : LONDON;
                LocalDate first = round % 3 == 0 ? LocalDate.of(2026, 3, 5) : LocalDate.of(2026, 10, 22);
                int roomCount = round % 10 == 9 ? 66 : 1 + random.nextInt(6); // more than 64 rooms: no table
                boolean hotStone = round % 4 == 1;
                long from = first.atStartOfDay(zone).toEpochSecond() + 900L * random.nextInt(96);
                long to = from + 86_400L * (1 + random.nextInt(20)) + 900L * random.nextInt(3);
                List<TherapistSchedule> therapists = new ArrayList<>();
                for (int t = 0; t < 1 + random.nextInt(5); t++) {
                    therapists.add(therapist("T" + t, t == 2 ? Set.of("MEDICAL_MASSAGE") : Set.of("MEDICAL_MASSAGE",
                            "HOT_STONE"), first.plusDays(random.nextInt(30)), "0" + (7 + random.nextInt(3)) + ":00",
                            (15 + random.nextInt(9)) + ":30", randomHeld(random, from, to, 3, 600),
                            randomHeld(random, from, to, 40, 120)));
                }
                List<Resource> rooms = new ArrayList<>();
                for (int r = 0; r < roomCount; r++) {
                    rooms.add(new Resource(UUID.randomUUID(), "R" + r, randomHeld(random, from, to, 60, 90)));
                }
                List<Resource> kits = hotStone ? List.of(new Resource(UUID.randomUUID(), "K1",
                        randomHeld(random, from, to, 30, 90)), new Resource(UUID.randomUUID(), "K2",
                        randomHeld(random, from, to, 30, 90))) : null;
                Set<String> skills = hotStone ? Set.of("MEDICAL_MASSAGE", "HOT_STONE") : MASSAGE;
                Availability listed = availability(zone, therapists, rooms, kits, skills);
                Availability plain = availability(zone, therapists, rooms, kits, skills);
                assertThat(listed.between(from, to)).as("round " + round)
                        .isEqualTo(oneAtATime(plain, zone, therapists, rooms, kits, skills, from, to));
            }
        }

        private static Intervals randomHeld(Random random, long from, long to, int count, int maxMinutes) {
            List<long[]> held = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                long start = from - 86_400L + (long) (random.nextDouble() * (to - from + 2 * 86_400L));
                start -= Math.floorMod(start, 300);
                held.add(new long[] {start, start + 60L * (5 + random.nextInt(maxMinutes))});
            }
            return Intervals.of(held);
        }

        private static List<Slot> oneAtATime(Availability plain, ZoneId zone, List<TherapistSchedule> therapists,
                List<Resource> rooms, List<Resource> kits, Set<String> skills, long from, long to) {
            List<Slot> expected = new ArrayList<>();
            for (long start = Math.floorDiv(from + 899, 900) * 900; start + 3_600 <= to; start += 900) {
                if (!Availability.onGrid(zone.getRules(), start)) {
                    continue;
                }
                for (int t = 0; t < therapists.size(); t++) {
                    TherapistSchedule therapist = therapists.get(t);
                    boolean works = therapist.skills().containsAll(skills)
                            && plain.windows(therapist, start, start + 3_600).covers(start, start + 3_600);
                    if (!works || therapist.busy().overlaps(start, start + 4_500)) {
                        continue;
                    }
                    int room = firstFree(rooms, start);
                    int kit = kits == null ? -1 : firstFree(kits, start);
                    if (room >= 0 && (kits == null || kit >= 0)) {
                        expected.add(new Slot(start, start + 3_600, t, room, kit));
                    }
                }
            }
            return expected;
        }

        private static int firstFree(List<Resource> resources, long start) {
            for (int i = 0; i < resources.size(); i++) {
                if (!resources.get(i).busy().overlaps(start, start + 4_500)) {
                    return i;
                }
            }
            return -1;
        }
    }
}
