package org.reliefdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.reliefdesk.ReliefDeskApplication;
import org.reliefdesk.support.Api;
import org.reliefdesk.support.IntegrationTest;
import org.reliefdesk.support.Scheduling;
import org.reliefdesk.support.TestPlans;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Requests racing for one slot: exactly one wins, whichever resource they compete for. */
@IntegrationTest
class DoubleBookingTests {

    static final LocalDate DAY = LocalDate.now(BookingApiTests.NEW_YORK).plusDays(12);
    static final int RACERS = 8;

    @LocalServerPort
    int port;

    @Test
    void oneTherapistOneStartOnlyOneWins() throws Exception {
        String location = Scheduling.location(port, "America/New_York", RACERS, 0, 15).get("id").asString();
        String therapist = therapist(location, "MEDICAL_MASSAGE");
        List<Integer> statuses = race(i -> body(Scheduling.clearedClient(port)[1], location, therapist, "10:00"), port);
        assertThat(statuses).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
    }

    @Test
    void oneRoomOnlyOneWins() throws Exception {
        String location = Scheduling.location(port, "America/New_York", 1, 0, 15).get("id").asString();
        List<String> therapists = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            therapists.add(therapist(location, "MEDICAL_MASSAGE"));
        }
        List<Integer> statuses = race(i -> body(Scheduling.clearedClient(port)[1], location, therapists.get(i), "10:00"),
                port);
        assertThat(statuses).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
    }

    @Test
    void oneHotStoneKitOnlyOneWins() throws Exception {
        String location = Scheduling.location(port, "America/New_York", RACERS, 1, 15).get("id").asString();
        List<String> therapists = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            therapists.add(therapist(location, "HOT_STONE"));
        }
        List<Integer> statuses = race(i -> {
            String client = Scheduling.clearedClient(port)[1];
            TestPlans.set(client, "HOT_STONE");
            return body(client, location, therapists.get(i), "10:00");
        }, port);
        assertThat(statuses).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
    }

    @Test
    void oneClientCannotBeInTwoRoomsAtOnce() throws Exception {
        String location = Scheduling.location(port, "America/New_York", RACERS, 0, 15).get("id").asString();
        String client = Scheduling.clearedClient(port)[1];
        List<String> therapists = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            therapists.add(therapist(location, "MEDICAL_MASSAGE"));
        }
        List<Integer> statuses = race(i -> body(client, location, therapists.get(i), i % 2 == 0 ? "10:00" : "10:30"),
                port);
        assertThat(statuses).containsOnly(201, 422).filteredOn(s -> s == 201).hasSize(1);
    }

    @Test
    void twoApplicationInstancesOnOneDatabaseStillBookOnce() throws Exception {
        String location = Scheduling.location(port, "America/New_York", RACERS, 0, 15).get("id").asString();
        String therapist = therapist(location, "MEDICAL_MASSAGE");
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(ReliefDeskApplication.class)
                .properties("server.port=0").run()) {
            int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
            List<Map<String, Object>> bodies = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                bodies.add(body(Scheduling.clearedClient(port)[1], location, therapist, "14:00"));
            }
            List<Integer> statuses = race(bodies::get, i -> i % 2 == 0 ? port : secondPort);
            assertThat(statuses).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
        }
    }

    private String therapist(String location, String skill) {
        List<String> skills = skill.equals("MEDICAL_MASSAGE") ? List.of(skill) : List.of("MEDICAL_MASSAGE", skill);
        return Scheduling.therapist(port, location, skills, DAY.plusYears(1), "09:00", "17:00");
    }

    private static Map<String, Object> body(String client, String location, String therapist, String time) {
        Map<String, Object> body = new HashMap<>(Map.of("clientId", client, "locationId", location,
                "serviceCode", "MEDICAL_MASSAGE_60", "start", BookingApiTests.at(DAY, time)));
        body.put("therapistId", therapist);
        return body;
    }

    interface Body {
        Map<String, Object> of(int i) throws Exception;
    }

    interface Port {
        int of(int i);
    }

    static List<Integer> race(Body bodies, int port) throws Exception {
        return race(bodies, i -> port);
    }

    /** Prepares every body first, then fires all requests at once; returns their statuses. */
    static List<Integer> race(Body bodies, Port ports) throws Exception {
        List<Map<String, Object>> prepared = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            prepared.add(bodies.of(i));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                int n = i;
                Callable<Integer> call = () -> {
                    start.await();
                    return Scheduling.admin(ports.of(n)).post("/api/v1/bookings", prepared.get(n)).status();
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
