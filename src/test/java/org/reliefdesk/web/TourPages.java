package org.reliefdesk.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.reliefdesk.shared.DemoSeeder;
import org.reliefdesk.support.Browser;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The tour's pages: each page address of the page controllers, the demo login that uses it, and how to reach a real
 * instance of it on the demo practice. {@link EveryPageTests} checks that every page of the controllers is here (or
 * in {@link #NOT_TOURED}, with the reason).
 */
final class TourPages {

    static final String DEMO_PASSWORD = DemoSeeder.DEMO_PASSWORD;
    static final String ANONYMOUS = "";
    static final String CLIENT = "client@demo.reliefdesk.local";
    static final String NEW_CLIENT = "new@demo.reliefdesk.local";
    static final String THERAPIST = "therapist@demo.reliefdesk.local";
    static final String FRONT_DESK = "frontdesk@demo.reliefdesk.local";
    static final String ADMIN = "admin@demo.reliefdesk.local";

    /** Pages that only redirect, or cannot be reached without a second device; with the reason. */
    static final Map<String, String> NOT_TOURED = Map.of(
            "/intake", "redirects to the intake's next section (/intake/{section} is toured)",
            "/profile/refresh", "reloads the signed-in person and redirects to /profile",
            "/book-online/hold", "holds the time chosen and redirects (to /book-online/held, toured)",
            "/login/code", "needs an authenticator app's code (TwoStepBrowserTests checks it)",
            "/home", "the client's dashboard, shown at / (toured there)");

    /**
     * Pages whose Spanish other lanes of issue 18 are still writing (scheduling, booking, planning, charting, intake,
     * screening, diary, outcomes): axe applies to them, English leftovers are counted but not yet a failure. The lead
     * empties this set after merging.
     */
    static final Set<String> PENDING_SPANISH = Set.of();

    /**
     * English texts from other lanes' bundles that show on every page of a role (the admin's navigation), not yet a
     * failure on the pages that are otherwise Spanish; the lead empties this with {@link #PENDING_SPANISH}.
     */
    static final Set<String> PENDING_TEXTS = Set.of();

    /** One page of the tour: who looks at it, its address pattern, how to reach it and where it should land. */
    record Visit(String login, String role, String pattern, Function<Browser, String> path, String landsOn) {

        @Override
        public String toString() {
            return pattern + " (" + role + ")";
        }
    }

    private TourPages() {
    }

    static Map<String, List<Visit>> byLogin(List<Visit> visits) {
        Map<String, List<Visit>> out = new LinkedHashMap<>();
        visits.forEach(v -> out.computeIfAbsent(v.login(), k -> new ArrayList<>()).add(v));
        return out;
    }

    /** Whether a path ({@code /clients/1b2c}) is an instance of a pattern ({@code /clients/{id}}). */
    static boolean matches(String pattern, String path) {
        return path.matches(pattern.replace(".", "\\.").replaceAll("\\{[^}]+}", "[^/]+"));
    }

    static List<Visit> all(Ids ids) {
        List<Visit> v = new ArrayList<>();
        String client = ids.client(CLIENT);
        // anyone
        v.add(at(ANONYMOUS, "visitor", "/login"));
        v.add(at(ANONYMOUS, "visitor", "/register"));
        v.add(at(ANONYMOUS, "visitor", "/password/forgot"));
        v.add(page(ANONYMOUS, "visitor", "/password/reset", b -> "/password/reset?token=expired-or-unknown"));
        v.add(page(ANONYMOUS, "visitor", "/invitation", b -> "/invitation?token=expired-or-unknown"));
        v.add(page(ANONYMOUS, "visitor", "/book-online", b -> ids.or("/book-online?location=", ids.location())));
        v.add(page(ANONYMOUS, "visitor", "/book-online/account", b -> chooseOnline(b, ids.location())));
        // the client
        v.add(at(CLIENT, "client", "/"));
        v.add(at(CLIENT, "client", "/profile"));
        v.add(at(CLIENT, "client", "/profile/two-step"));
        v.add(at(CLIENT, "client", "/profile/client"));
        v.add(page(CLIENT, "client", "/intake/{section}", b -> "/intake/about"));
        v.add(at(CLIENT, "client", "/screening"));
        v.add(new Visit(CLIENT, "client", "/plan", b -> "/plan", "/plans/{id}"));
        v.add(page(CLIENT, "client", "/plans/{id}", b -> ids.or("/plans/", ids.plan(client))));
        v.add(page(CLIENT, "client", "/book", b -> ids.or("/book?location=", ids.location())));
        v.add(page(CLIENT, "client", "/book/confirm", b -> firstTime(b, "/book?location=" + ids.location(),
                "a[href*='/book/confirm']") ? path(b.driver().findElement(By.cssSelector("a[href*='/book/confirm']")))
                        : null));
        v.add(at(CLIENT, "client", "/sessions"));
        String upcoming = ids.upcoming(client);
        v.add(page(CLIENT, "client", "/sessions/{id}/move", b -> ids.or("/sessions/", upcoming, "/move")));
        v.add(page(CLIENT, "client", "/sessions/{id}/cancel", b -> ids.or("/sessions/", upcoming, "/cancel")));
        v.add(page(CLIENT, "client", "/sessions/{id}/booked", b -> ids.or("/sessions/", upcoming, "/booked")));
        v.add(at(CLIENT, "client", "/diary"));
        v.add(page(CLIENT, "client", "/diary/day/{date}", b -> "/diary/day/" + EveryPageTests.today().minusDays(1)));
        v.add(at(CLIENT, "client", "/diary/reminder"));
        v.add(at(CLIENT, "client", "/outcomes"));
        v.add(at(CLIENT, "client", "/outcomes/midas"));
        v.add(at(CLIENT, "client", "/payments"));
        v.add(at(CLIENT, "client", "/payments/superbill"));
        v.add(at(CLIENT, "client", "/record/access"));
        v.add(at(CLIENT, "client", "/account/close"));
        v.add(at(CLIENT, "client", "/waitlist"));
        v.add(at(CLIENT, "client", "/calendar-link"));
        // a new client holding a time while answering the intake
        v.add(at(NEW_CLIENT, "new client", "/book-online/held"));
        v.add(new Visit(NEW_CLIENT, "new client", "/plan", b -> "/plan", "/plan"));
        // the therapist
        v.add(at(THERAPIST, "therapist", "/"));
        v.add(at(THERAPIST, "therapist", "/therapist/today"));
        v.add(page(THERAPIST, "therapist", "/clients", b -> "/clients?query=demo"));
        v.add(page(THERAPIST, "therapist", "/clients/{id}", b -> "/clients/" + client));
        v.add(page(THERAPIST, "therapist", "/clients/{id}/plans", b -> "/clients/" + client + "/plans"));
        v.add(page(THERAPIST, "therapist", "/plans/{id}/edit", b -> ids.or("/plans/", ids.plan(client), "/edit")));
        v.add(page(THERAPIST, "therapist", "/bookings/{bookingId}/note",
                b -> ids.or("/bookings/", ids.completed(client), "/note")));
        v.add(page(THERAPIST, "therapist", "/clients/{clientId}/diary", b -> "/clients/" + client + "/diary"));
        v.add(page(THERAPIST, "therapist", "/clients/{clientId}/outcomes", b -> "/clients/" + client + "/outcomes"));
        v.add(page(THERAPIST, "therapist", "/clients/{id}/intakes/{version}",
                b -> "/clients/" + client + "/intakes/1"));
        v.add(page(THERAPIST, "therapist", "/clients/{id}/superbill", b -> "/clients/" + client + "/superbill"));
        // the front desk
        v.add(at(FRONT_DESK, "front desk", "/"));
        v.add(at(FRONT_DESK, "front desk", "/schedule"));
        v.add(page(FRONT_DESK, "front desk", "/schedule/bookings/{id}", b -> ids.or("/schedule/bookings/", upcoming)));
        v.add(page(FRONT_DESK, "front desk", "/schedule/new", TourPages::freeTime));
        v.add(at(FRONT_DESK, "front desk", "/clients/new"));
        v.add(page(FRONT_DESK, "front desk", "/clients/{id}/quick", b -> "/clients/" + client + "/quick"));
        v.add(page(FRONT_DESK, "front desk", "/clients/{id}/packages", b -> "/clients/" + client + "/packages"));
        v.add(page(FRONT_DESK, "front desk", "/clients/{id}/payments", b -> "/clients/" + client + "/payments"));
        v.add(page(FRONT_DESK, "front desk", "/sessions/{id}/checkout",
                b -> ids.or("/sessions/", ids.checkedIn(), "/checkout")));
        v.add(page(FRONT_DESK, "front desk", "/sessions/{id}/checkout/done",
                b -> ids.or("/sessions/", ids.checkedOut(), "/checkout/done")));
        v.add(page(FRONT_DESK, "front desk", "/sessions/{id}/no-show", b -> ids.or("/sessions/", upcoming, "/no-show")));
        v.add(page(FRONT_DESK, "front desk", "/courses/new", b -> "/courses/new?clientId=" + client));
        v.add(page(FRONT_DESK, "front desk", "/courses/{id}", b -> ids.or("/courses/", ids.course(client))));
        v.add(page(FRONT_DESK, "front desk", "/waitlist/offers/{id}", b -> ids.or("/waitlist/offers/", ids.offer())));
        v.add(at(FRONT_DESK, "front desk", "/reports/takings"));
        v.add(at(FRONT_DESK, "front desk", "/reports/balances"));
        // the admin
        v.add(at(ADMIN, "admin", "/"));
        v.add(at(ADMIN, "admin", "/admin"));
        v.add(at(ADMIN, "admin", "/admin/backups"));
        v.add(at(ADMIN, "admin", "/admin/packages"));
        v.add(at(ADMIN, "admin", "/admin/scheduling"));
        v.add(page(ADMIN, "admin", "/admin/locations/{id}", b -> ids.or("/admin/locations/", ids.location())));
        v.add(page(ADMIN, "admin", "/admin/services/{code}", b -> "/admin/services/MEDICAL_MASSAGE_60"));
        v.add(page(ADMIN, "admin", "/admin/therapists/{id}", b -> ids.or("/admin/therapists/", ids.therapist(THERAPIST))));
        v.add(page(ADMIN, "admin", "/admin/past-visits", b -> "/admin/past-visits?clientId=" + client));
        v.add(at(ADMIN, "admin", "/reports/operations"));
        v.add(at(ADMIN, "admin", "/reports/revenue"));
        v.add(at(ADMIN, "admin", "/reports/practice"));
        return v;
    }

    private static Visit at(String login, String role, String path) {
        return new Visit(login, role, path, b -> path, path);
    }

    private static Visit page(String login, String role, String pattern, Function<Browser, String> path) {
        return new Visit(login, role, pattern, path, pattern);
    }

    /** The address of the first link matching {@code css} on {@code page} (as a person would click it). */
    private static String link(Browser browser, String page, String css) {
        browser.go(page);
        List<WebElement> links = browser.driver().findElements(By.cssSelector(css));
        return links.isEmpty() ? null : path(links.get(0));
    }

    /**
     * A free time's link in the appointment book: today's, or (late in the day, or on a day the practice is closed)
     * the next day's that has one, so the tour does not depend on the hour it runs.
     */
    private static String freeTime(Browser browser) {
        String css = "a[href*='/schedule/new']";
        String found = link(browser, "/schedule", css);
        LocalDate day = LocalDate.now();
        for (int ahead = 1; found == null && ahead <= 7; ahead++) {
            found = link(browser, "/schedule?day=" + day.plusDays(ahead), css);
        }
        return found;
    }

    private static String path(WebElement link) {
        java.net.URI href = java.net.URI.create(link.getAttribute("href"));
        return href.getRawPath() + (href.getRawQuery() == null ? "" : "?" + href.getRawQuery());
    }

    /**
     * From a booking picker ({@code start}), as a person would: the first service, then day after day until a time
     * ({@code target}) shows; whether one does.
     */
    private static boolean firstTime(Browser browser, String start, String target) {
        browser.go(start);
        if (browser.driver().findElements(By.cssSelector(target)).isEmpty()) {
            List<WebElement> services = browser.driver().findElements(By.cssSelector("a[href*='service=']"));
            if (services.isEmpty()) {
                return false;
            }
            browser.go(path(services.get(0)));
        }
        List<String> days = browser.driver().findElements(By.cssSelector("a[href*='day=']")).stream()
                .map(TourPages::path).limit(8).toList();
        for (int i = 0; browser.driver().findElements(By.cssSelector(target)).isEmpty(); i++) {
            if (i >= days.size()) {
                return false;
            }
            browser.go(days.get(i));
        }
        return true;
    }

    /** A visitor chooses the first free time online, which leads to the account step. */
    private static String chooseOnline(Browser browser, String location) {
        String time = "form[action*='/book-online/choose'] button";
        if (location == null || !firstTime(browser, "/book-online?location=" + location, time)) {
            return null;
        }
        browser.clickToLoad(By.cssSelector(time));
        return "/book-online/account";
    }

    /** The demo practice's ids, read from the database. */
    record Ids(JdbcClient jdbc) {

        String or(String prefix, Object id, String... suffix) {
            return id == null ? null : prefix + id + String.join("", suffix);
        }

        String client(String email) {
            return one("select c.id from client c join app_user u on u.id = c.user_id where u.email = ?", email);
        }

        String plan(String client) {
            return one("select id from plan where client_id = ?::uuid order by created_at desc limit 1", client);
        }

        String upcoming(String client) {
            return one("select id from booking where client_id = ?::uuid and status = 'BOOKED' and starts_at > now()"
                    + " order by starts_at limit 1", client);
        }

        String completed(String client) {
            return one("select b.id from booking b join therapist t on t.id = b.therapist_id join app_user u"
                    + " on u.id = t.id where b.client_id = ?::uuid and b.status = 'COMPLETED' order by"
                    + " (u.email = 'therapist@demo.reliefdesk.local') desc, b.starts_at desc limit 1", client);
        }

        /** A visit to check out: the one under way if the demo started in opening hours, else a booked one. */
        String checkedIn() {
            return one("select b.id from booking b where b.status in ('CHECKED_IN', 'BOOKED') and b.location_id ="
                    + " ?::uuid and not exists (select 1 from invoice i where i.booking_id = b.id) order by"
                    + " (b.status = 'CHECKED_IN') desc, (b.starts_at <= now()) desc, b.starts_at limit 1", location());
        }

        String checkedOut() {
            return one("select i.booking_id from invoice i join booking b on b.id = i.booking_id where i.reason is null"
                    + " and b.location_id = ?::uuid order by i.issued_at desc limit 1", location());
        }

        String course(String client) {
            return one("select id from course where client_id = ?::uuid limit 1", client);
        }

        String offer() {
            return one("select id from waitlist_offer where location_id = ?::uuid order by created_at desc limit 1",
                    location());
        }

        String location() {
            return one("select id from location where name = ? order by created_at limit 1",
                    org.reliefdesk.scheduling.practice.SchedulingDemoData.LOCATION);
        }

        String therapist(String email) {
            return one("select id from app_user where email = ?", email);
        }

        private String one(String sql, Object... args) {
            var query = jdbc.sql(sql);
            for (Object arg : args) {
                query = query.param(arg);
            }
            return query.query((rs, n) -> rs.getObject(1, UUID.class).toString()).optional().orElse(null);
        }
    }
}
