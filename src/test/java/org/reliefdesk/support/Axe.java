package org.reliefdesk.support;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (Deque's rules, run inside the real browser) over the page now shown: the WCAG 2.x A and AA rules and
 * best practices. A page passes with no serious or critical finding.
 */
public final class Axe {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
            "best-practice");

    private Axe() {
    }

    /** Every serious or critical finding on the page, one line each (rule, impact, where, what to fix). */
    public static List<String> seriousFindings(WebDriver driver) {
        List<Rule> violations = new AxeBuilder().withTags(TAGS).analyze(driver).getViolations();
        return violations.stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> rule.getId() + " (" + rule.getImpact() + ") at " + targets(rule.getNodes()) + ": "
                        + rule.getHelp())
                .toList();
    }

    /** Fails with the findings, naming the page, when there is any serious or critical one. */
    public static void assertNoSeriousFindings(WebDriver driver) {
        List<String> findings = seriousFindings(driver);
        if (!findings.isEmpty()) {
            throw new AssertionError("axe-core on " + driver.getCurrentUrl() + ":\n  " + String.join("\n  ", findings));
        }
    }

    private static String targets(List<CheckedNode> nodes) {
        return nodes.stream().limit(3).map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "))
                + (nodes.size() > 3 ? " and " + (nodes.size() - 3) + " more" : "");
    }
}
