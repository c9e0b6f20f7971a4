package org.reliefdesk.scheduling.practice;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.reliefdesk.accounts.Accounts;
import org.reliefdesk.accounts.Role;
import org.reliefdesk.scheduling.practice.Location.Equipment;
import org.reliefdesk.scheduling.practice.Location.Room;
import org.reliefdesk.scheduling.practice.Therapist.Licence;
import org.reliefdesk.shared.DemoSeeder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The demo practice's setup: one location (three rooms, one hot-stone kit) and four therapists
 * with weekday hours: Tara (every skill; every day, so that the demo book has her sessions today), Mara
 * (licence about to expire), Jon (no hot stone), Priya.
 */
@Component
@ConditionalOnBooleanProperty("reliefdesk.demo")
public class SchedulingDemoData implements DemoSeeder {

    public static final String LOCATION = "Harbour Street Clinic";
    private final Locations locations;
    private final Therapists therapists;
    private final WorkingHours hours;
    private final Accounts accounts;
    private final Clock clock;

    public SchedulingDemoData(Locations locations, Therapists therapists, WorkingHours hours, Accounts accounts, Clock clock) {
        this.locations = locations;
        this.therapists = therapists;
        this.hours = hours;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void seed() {
        Location location = locations.all().stream().filter(l -> l.name().equals(LOCATION)).findFirst()
                .orElseGet(() -> locations.create(new Location(null, LOCATION, "America/New_York", 15, 24,
                        List.of(new Room(null, "Willow room"), new Room(null, "Cedar room"), new Room(null, "Birch room")),
                        List.of(new Equipment(Locations.HOT_STONE_KIT, 1)))));
        LocalDate today = LocalDate.now(clock);
        List<String> all = List.of("MEDICAL_MASSAGE", "TRIGGER_POINT", "REFLEXOLOGY", "HOT_STONE");
        therapist(location, "therapist@demo.reliefdesk.local", "Tara Therapist", "LMT-40117", today.plusYears(2), all,
                "09:00", "17:00", DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        therapist(location, "mara@demo.reliefdesk.local", "Mara Lindqvist", "LMT-38802", today.plusDays(21), all,
                "10:00", "18:00");
        therapist(location, "jon@demo.reliefdesk.local", "Jon Okafor", "LMT-41530", today.plusYears(1),
                List.of("MEDICAL_MASSAGE", "TRIGGER_POINT", "REFLEXOLOGY"), "08:00", "16:00", DayOfWeek.SATURDAY);
        therapist(location, "priya@demo.reliefdesk.local", "Priya Raman", "LMT-39964", today.plusMonths(18),
                List.of("MEDICAL_MASSAGE", "TRIGGER_POINT", "HOT_STONE"), "12:00", "20:00");
    }

    private void therapist(Location location, String email, String name, String licence, LocalDate expires,
            List<String> skills, String start, String end, DayOfWeek... extraDays) {
        UUID id = accounts.findByEmail(email).map(Accounts.UserAccount::id)
                .orElseGet(() -> accounts.create(email, DEMO_PASSWORD, name, Role.THERAPIST).id());
        if (therapists.find(id).isPresent()) {
            return;
        }
        therapists.save(id, new Licence(licence, "ME", expires), skills, location.id());
        List<WorkingHours.Day> week = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.getValue() <= 5 || List.of(extraDays).contains(day)) {
                week.add(new WorkingHours.Day(day.name(), start, end));
            }
        }
        hours.replace(id, location.id(), week, List.of());
    }
}
