package org.reliefdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.reliefdesk.support.Axe;
import org.reliefdesk.support.Browser;
import org.reliefdesk.support.EnglishLeftovers;
import org.reliefdesk.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The tour (issue 18's figures): every page of the product (each GET of a page controller, listed from the request
 * mappings, so a new page cannot escape), on the demo practice, as the role that uses it, read in Spanish at phone
 * (390×844) and desktop (1280×900) size: axe-core's serious and critical findings at both sizes (bar 0) and the
 * English words left on the page (bar 0, except the pages in {@link TourPages#PENDING_SPANISH}). Prints the figures.
 * Rerun: {@code ./mvnw test -Dtest=EveryPageTests}.
 */
@IntegrationTest
@TestPropertySource(properties = "reliefdesk.demo=true")
@DirtiesContext
class EveryPageTests {

    static final Dimension PHONE = new Dimension(390, 844);
    static final Dimension DESKTOP = new Dimension(1280, 900);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyPageOfTheControllersIsInTheTour() {
        Set<String> tour = new TreeSet<>();
        TourPages.all(new TourPages.Ids(jdbc)).forEach(v -> tour.add(v.pattern()));
        tour.addAll(TourPages.NOT_TOURED.keySet());
        assertThat(tour).as("pages in the tour (TourPages) or NOT_TOURED").containsAll(pagePatterns());
        assertThat(pagePatterns()).as("the tour names only pages that exist").containsAll(tour);
    }

    @Test
    void everyPageHasNoSeriousAccessibilityFindingAndNoEnglishInSpanish() {
        long started = System.nanoTime();
        TourPages.Ids ids = new TourPages.Ids(jdbc);
        List<Result> results = new ArrayList<>();
        Map<String, List<TourPages.Visit>> byLogin = TourPages.byLogin(TourPages.all(ids));
        for (Map.Entry<String, List<TourPages.Visit>> login : byLogin.entrySet()) {
            try (Browser browser = Browser.open(port, PHONE.width, PHONE.height, "es")) {
                if (!login.getKey().isEmpty()) {
                    browser.signIn(login.getKey(), TourPages.DEMO_PASSWORD);
                }
                for (TourPages.Visit visit : login.getValue()) {
                    results.add(visit(browser, visit));
                }
            }
        }
        print(results, (System.nanoTime() - started) / 1_000_000_000);
        assertThat(results).as("pages not shown as they should be (error page or a redirect)")
                .filteredOn(r -> r.problem() != null).isEmpty();
        assertThat(results).as("axe-core serious or critical findings").allSatisfy(r -> {
            assertThat(r.phone()).as(r.visit() + " at 390×844").isEmpty();
            assertThat(r.desktop()).as(r.visit() + " at 1280×900").isEmpty();
        });
        assertThat(results).as("English left on Spanish pages").filteredOn(r -> !r.pending())
                .allSatisfy(r -> assertThat(r.english()).as(r.visit().toString()).isEmpty());
    }

    private Result visit(Browser browser, TourPages.Visit visit) {
        String path = visit.path().apply(browser);
        if (path == null) {
            return new Result(visit, "no demo data to show it", List.of(), List.of(), List.of(), false);
        }
        browser.driver().manage().window().setSize(PHONE);
        browser.go(path);
        String problem = problem(browser, visit);
        List<String> phone = Axe.seriousFindings(browser.driver());
        List<String> english = EnglishLeftovers.find(browser.driver()).stream()
                .filter(w -> TourPages.PENDING_TEXTS.stream().noneMatch(t -> w.endsWith(" in \"" + t + "\""))).toList();
        browser.driver().manage().window().setSize(DESKTOP);
        List<String> desktop = Axe.seriousFindings(browser.driver());
        return new Result(visit, problem, phone, desktop, english,
                TourPages.PENDING_SPANISH.contains(visit.pattern()));
    }

    /** An error page or a redirect elsewhere where the page itself was expected; null when the page shows. */
    private static String problem(Browser browser, TourPages.Visit visit) {
        List<WebElement> error = browser.driver().findElements(By.cssSelector("[data-error-status]"));
        if (!error.isEmpty()) {
            return "error page " + error.get(0).getAttribute("data-error-status") + " at " + browser.url();
        }
        String landed = java.net.URI.create(browser.url()).getPath();
        if (!TourPages.matches(visit.landsOn(), landed)) {
            return "landed on " + landed;
        }
        return null;
    }

    private static void print(List<Result> results, long seconds) {
        StringBuilder out = new StringBuilder("\nEvery page, in Spanish (axe-core serious+critical at 390×844 / "
                + "1280×900; English words):\n");
        int phone = 0;
        int desktop = 0;
        int english = 0;
        int englishPending = 0;
        Set<String> patterns = new TreeSet<>();
        for (Result r : results) {
            patterns.add(r.visit().pattern());
            phone += r.phone().size();
            desktop += r.desktop().size();
            if (r.pending()) {
                englishPending += r.english().size();
            } else {
                english += r.english().size();
            }
            out.append(String.format("  %-40s %-10s %2d / %2d  %3d%s%s%n", r.visit().pattern(), r.visit().role(),
                    r.phone().size(), r.desktop().size(), r.english().size(), r.pending() ? " (Spanish pending)" : "",
                    r.problem() == null ? "" : "  !! " + r.problem()));
            r.phone().forEach(f -> out.append("      phone: ").append(f).append('\n'));
            r.desktop().forEach(f -> out.append("      desktop: ").append(f).append('\n'));
            r.english().stream().limit(r.pending() ? 3 : 50).forEach(w -> out.append("      en: ").append(w).append('\n'));
        }
        out.append(String.format("Pages visited: %d (%d page addresses, %d not toured: %s) in %d s%n", results.size(),
                patterns.size(), TourPages.NOT_TOURED.size(), TourPages.NOT_TOURED.keySet(), seconds));
        out.append(String.format("axe-core serious+critical: %d at 390×844, %d at 1280×900%n", phone, desktop));
        out.append(String.format("English words on Spanish pages: %d (plus %d on the %d pages still pending: %s)%n",
                english, englishPending, TourPages.PENDING_SPANISH.size(), TourPages.PENDING_SPANISH));
        System.out.println(out);
    }

    /** The pages of the page controllers: GET, HTML (no /api, /fhir, downloads or the error dispatch). */
    private Set<String> pagePatterns() {
        Set<String> pages = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            boolean api = AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class)
                    || method.hasMethodAnnotation(ResponseBody.class);
            if (api || !methods.contains(RequestMethod.GET) || !info.getProducesCondition().isEmpty()) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                if (!pattern.matches("/(api|fhir|v3|swagger-ui|error)\\b.*") && !pattern.matches(".*\\.(pdf|csv|zip|ics)$")) {
                    pages.add(pattern);
                }
            }
        });
        return pages;
    }

    record Result(TourPages.Visit visit, String problem, List<String> phone, List<String> desktop,
            List<String> english, boolean pending) {
    }

    static LocalDate today() {
        return LocalDate.now(java.time.ZoneOffset.UTC);
    }
}
