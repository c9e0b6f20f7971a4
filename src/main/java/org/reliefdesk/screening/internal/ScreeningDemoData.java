package org.reliefdesk.screening.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.reliefdesk.accounts.Accounts;
import org.reliefdesk.accounts.Accounts.UserAccount;
import org.reliefdesk.accounts.ReliefDeskUser;
import org.reliefdesk.accounts.Role;
import org.reliefdesk.clients.Client;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.clients.Clients.NewClient;
import org.reliefdesk.intake.Intakes;
import org.reliefdesk.screening.ScreeningStatus;
import org.reliefdesk.screening.Screenings;
import org.reliefdesk.shared.DemoSeeder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo clients with submitted intakes: five CLEARED with varied patterns (client@ has a typical
 * migraine; lucia@ reads in Spanish and typed her answers in Spanish), one CLEARANCE_REQUIRED with a
 * clearance on file, one without, and one URGENT.
 */
@Component
@ConditionalOnBooleanProperty("reliefdesk.demo")
class ScreeningDemoData implements DemoSeeder {

    private static final String DOMAIN = "@demo.reliefdesk.local";
    private final Accounts accounts;
    private final Clients clients;
    private final Intakes intakes;
    private final Screenings screenings;
    private final JsonMapper json;
    private final Clock clock;

    ScreeningDemoData(Accounts accounts, Clients clients, Intakes intakes, Screenings screenings, JsonMapper json,
            Clock clock) {
        this.accounts = accounts;
        this.clients = clients;
        this.intakes = intakes;
        this.screenings = screenings;
        this.json = json;
        this.clock = clock;
    }

    /** One demo client and the changes to the typical intake that make their story. */
    record DemoClient(String name, String fullName, String dateOfBirth, boolean clear, Object... changes) {
    }

    static List<DemoClient> demoClients() {
        return List.of(
                new DemoClient("client", "Casey Client", "1988-04-12", false),
                new DemoClient("morgan", "Morgan Reyes", "1979-09-03", false, "headache.daysPerMonth", 8,
                        "headache.typicalDurationHours", 4, "headache.location", "BAND_AROUND_HEAD",
                        "headache.quality", "PRESSING_TIGHTENING", "headache.typicalIntensity", 4,
                        "headache.worseWithRoutineActivity", false, "headache.nausea", false,
                        "headache.soundSensitivity", false, "headache.acuteMedicationKinds", List.of("SIMPLE_ANALGESIC"),
                        "focus.hotStones", "WANT", "focus.reflexology", "WANT",
                        "focus.areas", List.of("BACK_OF_HEAD", "SHOULDERS", "UPPER_BACK", "FEET")),
                new DemoClient("jordan", "Jordan Lee", "1991-01-27", false, "headache.aura", true,
                        "headache.daysPerMonth", 3, "health.anticoagulants", true, "focus.pressure", 2,
                        "health.medications", "Apixaban 5 mg twice daily"),
                new DemoClient("sam", "Sam Okafor", "1984-11-19", false, "about.sexAtBirth", "MALE",
                        "about.pregnant", null, "about.recentlyGaveBirth", null, "headache.daysPerMonth", 18,
                        "headache.monthsWithThisPattern", 14, "headache.typicalDurationHours", 6,
                        "headache.location", "BOTH_SIDES", "headache.quality", "PRESSING_TIGHTENING",
                        "headache.typicalIntensity", 5, "headache.worseWithRoutineActivity", false,
                        "headache.nausea", false, "headache.lightSensitivity", false,
                        "headache.acuteMedicationDaysPerMonth", 6, "health.neckConditions", List.of("DISC_HERNIATION"),
                        "focus.reflexology", "WANT", "focus.hotStones", "DECLINE"),
                new DemoClient("riley", "Riley Novak", "1975-06-30", true, "health.neckInjuryWeeksAgo", 8,
                        "focus.areas", List.of("NECK_BACK", "SHOULDERS", "UPPER_BACK")),
                new DemoClient("pat", "Pat Kowalski", "1969-02-14", false, "headache.daysPerMonth", 20,
                        "headache.monthsWithThisPattern", 9, "headache.acuteMedicationDaysPerMonth", 14,
                        "headache.acuteMedicationKinds", List.of("TRIPTAN", "COMBINATION")),
                new DemoClient("drew", "Drew Harmon", "1982-08-08", false, "warning.thunderclap", true),
                new DemoClient("lucia", "Lucía Ortega", "1979-09-21", false, "headache.location", "BOTH_SIDES",
                        "focus.hotStones", "WANT", "focus.areas", List.of("TEMPLES", "SHOULDERS", "UPPER_BACK"),
                        "focus.goals", "Menos días con migraña y menos tensión en los hombros",
                        "about.physician", "Dra. Elena Ruiz, Clínica Familiar del Puerto, +1 207 555 0190"));
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void seed() {
        UserAccount therapist = accounts.findByEmail("therapist" + DOMAIN).orElse(null);
        for (DemoClient demo : demoClients()) {
            Client client = ensureClient(demo);
            if (intakes.latest(client.id()).isEmpty()) {
                ReliefDeskUser self = new ReliefDeskUser(client.userId(), client.email(), client.fullName(),
                        Role.CLIENT, null);
                Map<String, Object> intake = DemoIntakes.intake(demo.dateOfBirth(), demo.fullName(), demo.changes());
                intake.values().forEach(section -> ((Map<?, ?>) section).values().removeIf(v -> v == null));
                screenings.submit(client.id(), json.valueToTree(intake), self);
            }
            boolean waiting = screenings.latest(client.id()).map(s -> s.status() == ScreeningStatus.CLEARANCE_REQUIRED)
                    .orElse(false);
            if (demo.clear() && waiting && therapist != null) {
                screenings.recordClearance(client.id(), new Screenings.NewClearance("Dr Mira Patel",
                        LocalDate.now(clock).toString(), "Whiplash healing well; gentle neck work only."),
                        new ReliefDeskUser(therapist.id(), therapist.email(), therapist.fullName(), therapist.role(),
                                null));
            }
        }
    }

    private Client ensureClient(DemoClient demo) {
        String email = demo.name() + DOMAIN;
        return accounts.findByEmail(email).flatMap(account -> clients.findByUser(account.id()))
                .orElseGet(() -> clients.register(new NewClient(email, DEMO_PASSWORD, demo.fullName(),
                        LocalDate.parse(demo.dateOfBirth()), null), null));
    }
}
