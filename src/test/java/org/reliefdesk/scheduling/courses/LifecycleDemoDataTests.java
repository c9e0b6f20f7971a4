package org.reliefdesk.scheduling.courses;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.reliefdesk.accounts.Accounts;
import org.reliefdesk.clients.Clients;
import org.reliefdesk.scheduling.Bookings;
import org.reliefdesk.services.Services;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.Scheduling;
import org.reliefdesk.support.TestData;
import org.reliefdesk.support.TestScreenings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.reliefdesk.scheduling.availability.Requirements;
import org.reliefdesk.scheduling.booking.Booker;
import org.reliefdesk.scheduling.booking.BookingChanges;
import org.reliefdesk.scheduling.booking.BookingsDemoData;
import org.reliefdesk.scheduling.booking.ScreeningGate;
import org.reliefdesk.scheduling.practice.Locations;
import org.reliefdesk.scheduling.practice.SchedulingDemoData;
import org.reliefdesk.scheduling.practice.Therapists;
import org.reliefdesk.scheduling.practice.WorkingHours;
import org.reliefdesk.scheduling.waitlist.Waitlist;

/** The demo practice's lifecycle: a course under way, a waitlisted client with an offer, messages queued; seeded once. */
@IntegrationTest
class LifecycleDemoDataTests {

    @LocalServerPort
    int port;
    @Autowired
    Courses courses;
    @Autowired
    Waitlist waitlist;
    @Autowired
    BookingChanges changes;
    @Autowired
    Bookings bookings;
    @Autowired
    Clients clients;
    @Autowired
    Accounts accounts;
    @Autowired
    Locations locations;
    @Autowired
    Services services;
    @Autowired
    ScreeningGate gate;
    @Autowired
    Requirements requirements;
    @Autowired
    Therapists therapists;
    @Autowired
    WorkingHours hours;
    @Autowired
    Booker booker;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void aCourseUnderWayAWaitlistedClientAndMessagesAreSeededOnce() {
        for (String[] staff : List.of(new String[] {"admin@demo.reliefdesk.local", "ADMIN"},
                new String[] {"frontdesk@demo.reliefdesk.local", "FRONT_DESK"})) {
            if (!accounts.exists(staff[0])) {
                Scheduling.admin(port).post("/api/v1/staff", Map.of("email", staff[0], "password",
                        org.reliefdesk.shared.DemoSeeder.DEMO_PASSWORD,
                        "fullName", "Demo " + staff[1], "role", staff[1]));
            }
        }
        demoClient("casey-" + TestData.uniqueEmail("c").substring(0, 10) + "@demo.reliefdesk.local");
        demoClient("wanda-" + TestData.uniqueEmail("w").substring(0, 10) + "@demo.reliefdesk.local");
        demoClient("carl-" + TestData.uniqueEmail("c").substring(0, 10) + "@demo.reliefdesk.local");
        new SchedulingDemoData(locations, therapists, hours, accounts, clock).seed();
        new BookingsDemoData(booker, bookings, clients, accounts, locations, gate, clock).seed();
        LifecycleDemoData demo = new LifecycleDemoData(courses, waitlist, changes, bookings, clients, accounts, locations,
                services, gate, requirements, jdbc, clock);

        demo.seed();
        demo.seed();

        List<java.util.UUID> ids = jdbc.sql("""
                select c.id from course c join location l on l.id = c.location_id where l.name = :name""")
                .param("name", SchedulingDemoData.LOCATION).query(java.util.UUID.class).list();
        assertThat(ids).hasSize(1);
        var course = List.of(courses.get(ids.get(0)));
        assertThat(course.get(0).bookings()).hasSize(6);
        assertThat(course.get(0).bookings().stream().filter(b -> b.start().isBefore(clock.instant())).count()).isEqualTo(3);
        assertThat(jdbc.sql("""
                select count(*) from waitlist_entry e join location l on l.id = e.location_id
                where l.name = :name""").param("name", SchedulingDemoData.LOCATION).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from waitlist_offer o join location l on l.id = o.location_id
                where l.name = :name and o.status = 'OPEN'""").param("name", SchedulingDemoData.LOCATION)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select kind from outbox_message where recipient like '%@demo.reliefdesk.local'")
                .query(String.class).list()).contains("COURSE_CONFIRMED", "WAITLIST_OFFER", "BOOKING_CANCELLED",
                "BOOKING_CONFIRMED");
    }

    private void demoClient(String email) {
        if (!accounts.exists(email)) {
            TestScreenings.set(TestData.registerClient(Api.anonymous(port), email), "CLEARED");
        } else {
            clients.search(email, org.reliefdesk.shared.PageParams.of(0, 1)).items()
                    .forEach(c -> TestScreenings.set(c.id().toString(), "CLEARED"));
        }
    }
}
