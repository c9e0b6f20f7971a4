package org.reliefdesk.scheduling.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reliefdesk.scheduling.practice.Location.Equipment;
import org.reliefdesk.scheduling.practice.Location.Room;
import org.reliefdesk.scheduling.practice.Therapist.Licence;
import org.reliefdesk.shared.FieldError;
import org.reliefdesk.shared.FieldErrors;
import org.reliefdesk.shared.RuleViolationException;

/** The checks of a location and a therapist's licence and skills, before anything is written. */
class PracticeChecksTests {

    static Location aLocation(String zone, int buffer, int lateHours, List<Room> rooms, List<Equipment> equipment,
            String address, Integer offerHold) {
        return new Location(null, "Harbour Street Clinic", zone, buffer, lateHours, rooms, equipment, address,
                offerHold);
    }

    static Location aGoodLocation() {
        return aLocation("America/New_York", 15, 24, List.of(new Room(null, "Willow"), new Room(null, "Cedar")),
                List.of(new Equipment(Locations.HOT_STONE_KIT, 2)), "12 Harbour Street", 120);
    }

    static List<FieldError> errorsOf(Location location) {
        try {
            Locations.check(location);
            return List.of();
        } catch (RuleViolationException e) {
            return e.errors();
        }
    }

    @Nested
    class ALocation {

        @Test
        void aCompleteLocationPasses() {
            assertThat(errorsOf(aGoodLocation())).isEmpty();
            assertThat(errorsOf(aLocation("UTC", 0, 0, List.of(new Room(null, "Only")), null, null, null))).isEmpty();
        }

        @Test
        void theLimitsThemselvesAreAllowed() {
            assertThat(errorsOf(aLocation("Europe/London", 120, 336, List.of(new Room(null, "A")),
                    List.of(new Equipment(Locations.HOT_STONE_KIT, 50)), "x".repeat(300), 2880))).isEmpty();
            assertThat(errorsOf(aLocation("Europe/London", 0, 0, List.of(new Room(null, "A")),
                    List.of(new Equipment(Locations.HOT_STONE_KIT, 0)), "", 5))).isEmpty();
        }

        @Test
        void aZoneMustBeAnIanaNameNotAnOffset() {
            assertThat(errorsOf(aLocation("+05:00", 15, 24, List.of(new Room(null, "A")), null, null, null)))
                    .containsExactly(new FieldError("timeZone", "must be an IANA time zone such as America/New_York"));
            assertThat(errorsOf(aLocation("Mars/Olympus", 15, 24, List.of(new Room(null, "A")), null, null, null)))
                    .extracting(FieldError::field).containsExactly("timeZone");
        }

        @Test
        void aMissingZoneIsRequiredOnly() {
            assertThat(errorsOf(aLocation(" ", 15, 24, List.of(new Room(null, "A")), null, null, null)))
                    .containsExactly(new FieldError("timeZone", "is required"));
        }

        @Test
        void numbersOutsideTheirRanges() {
            assertThat(errorsOf(aLocation("UTC", -1, 337, List.of(new Room(null, "A")), null, null, 4)))
                    .containsExactly(new FieldError("bufferMinutes", "must be between 0 and 120"),
                            new FieldError("lateCancelHours", "must be between 0 and 336"),
                            new FieldError("offerHoldMinutes", "must be between 5 and 2880"));
            assertThat(errorsOf(aLocation("UTC", 121, -1, List.of(new Room(null, "A")), null, null, 2881)))
                    .extracting(FieldError::field).containsExactly("bufferMinutes", "lateCancelHours", "offerHoldMinutes");
        }

        @Test
        void aLongAddress() {
            assertThat(errorsOf(aLocation("UTC", 15, 24, List.of(new Room(null, "A")), null, "x".repeat(301), null)))
                    .containsExactly(new FieldError("address", "must be at most 300 characters"));
        }

        @Test
        void theNameIsRequired() {
            Location unnamed = new Location(null, "", "UTC", 15, 24, List.of(new Room(null, "A")), List.of());
            assertThat(errorsOf(unnamed)).contains(new FieldError("name", "is required"));
        }

        @Test
        void atLeastOneRoom() {
            assertThat(errorsOf(aLocation("UTC", 15, 24, List.of(), null, null, null)))
                    .containsExactly(new FieldError("rooms", "needs at least one room"));
            assertThat(errorsOf(aLocation("UTC", 15, 24, null, null, null, null)))
                    .containsExactly(new FieldError("rooms", "needs at least one room"));
        }

        @Test
        void roomNamesAreRequiredAndDistinctWhateverTheirCase() {
            List<Room> rooms = Arrays.asList(new Room(null, "Willow"), new Room(null, " willow "), new Room(null, ""),
                    null, new Room(UUID.randomUUID(), "x".repeat(61)));
            assertThat(errorsOf(aLocation("UTC", 15, 24, rooms, null, null, null))).containsExactly(
                    new FieldError("rooms[1].name", "is used by another room"),
                    new FieldError("rooms[2].name", "is required"),
                    new FieldError("rooms[3].name", "is required"),
                    new FieldError("rooms[4].name", "must be at most 60 characters"));
        }

        @Test
        void equipmentIsHotStoneKitsCountedFromZeroToFifty() {
            List<Equipment> equipment = Arrays.asList(new Equipment("SAUNA", 1),
                    new Equipment(Locations.HOT_STONE_KIT, 51), new Equipment(Locations.HOT_STONE_KIT, null), null);
            assertThat(errorsOf(aLocation("UTC", 15, 24, List.of(new Room(null, "A")), equipment, null, null)))
                    .containsExactly(new FieldError("equipment[0].kind", "must be HOT_STONE_KIT"),
                            new FieldError("equipment[1].count", "must be a whole number from 0 to 50"),
                            new FieldError("equipment[2].count", "must be a whole number from 0 to 50"),
                            new FieldError("equipment[3].kind", "must be HOT_STONE_KIT"),
                            new FieldError("equipment[3].count", "must be a whole number from 0 to 50"));
        }

        @Test
        void everyErrorIsReportedAtOnceAsOneRuleViolation() {
            assertThatThrownBy(() -> Locations.check(aLocation("nowhere", 500, 24, List.of(), null, null, null)))
                    .isInstanceOf(RuleViolationException.class)
                    .satisfies(e -> assertThat(((RuleViolationException) e).errors()).extracting(FieldError::field)
                            .containsExactly("timeZone", "bufferMinutes", "rooms"));
        }

        @Test
        void theZoneIsTheNamedOne() {
            assertThat(aGoodLocation().zone().getId()).isEqualTo("America/New_York");
        }
    }

    @Nested
    class ATherapistsLicenceAndSkills {

        private final FieldErrors errors = new FieldErrors();

        @Test
        void aCompleteLicenceAndKnownSkillsPass() {
            Therapists.check(errors, new Licence("LMT-1", "ME", LocalDate.of(2030, 1, 1)),
                    List.of("MEDICAL_MASSAGE", "HOT_STONE"));
            assertThat(errors.list()).isEmpty();
        }

        @Test
        void theLicenceAndSkillsAreRequired() {
            Therapists.check(errors, null, null);
            assertThat(errors.list()).containsExactly(new FieldError("licence", "is required"),
                    new FieldError("skills", "is required"));
        }

        @Test
        void everyPartOfTheLicenceIsRequired() {
            Therapists.check(errors, new Licence(" ", null, null), List.of());
            assertThat(errors.list()).containsExactly(new FieldError("licence.number", "is required"),
                    new FieldError("licence.region", "is required"), new FieldError("licence.expiresOn", "is required"));
        }

        @Test
        void longLicenceFields() {
            Therapists.check(errors, new Licence("n".repeat(51), "r".repeat(101), LocalDate.of(2030, 1, 1)), List.of());
            assertThat(errors.list()).containsExactly(new FieldError("licence.number", "must be at most 50 characters"),
                    new FieldError("licence.region", "must be at most 100 characters"));
        }

        @Test
        void eachUnknownSkillIsNamed() {
            Therapists.check(errors, new Licence("LMT-1", "ME", LocalDate.of(2030, 1, 1)),
                    List.of("CUPPING", "MEDICAL_MASSAGE", "hot_stone"));
            String known = " (use MEDICAL_MASSAGE, TRIGGER_POINT, REFLEXOLOGY or HOT_STONE)";
            assertThat(errors.list()).containsExactly(new FieldError("skills", "unknown skill CUPPING" + known),
                    new FieldError("skills", "unknown skill hot_stone" + known));
        }
    }

    @Nested
    class ALicencesValidity {

        static final LocalDate EXPIRES = LocalDate.of(2026, 12, 7);

        static Therapist licensed(Licence licence) {
            return new Therapist(UUID.randomUUID(), "t@x.example", "Tara", licence, List.of(), null);
        }

        @Test
        void validThroughTheDayItExpires() {
            Therapist therapist = licensed(new Licence("LMT-1", "ME", EXPIRES));
            assertThat(therapist.licensedOn(EXPIRES.minusYears(1))).isTrue();
            assertThat(therapist.licensedOn(EXPIRES)).isTrue();
            assertThat(therapist.licensedOn(EXPIRES.plusDays(1))).isFalse();
        }

        @Test
        void noLicenceOrNoExpiryIsNeverValid() {
            assertThat(licensed(null).licensedOn(EXPIRES)).isFalse();
            assertThat(licensed(new Licence("LMT-1", "ME", null)).licensedOn(EXPIRES)).isFalse();
        }
    }
}
