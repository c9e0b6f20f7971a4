package org.reliefdesk.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the intake pages in a {@link Browser}: fills a section from an intake map (as
 * {@link IntakeFixtures} builds them) through the real form and moves on, fast (one script per page),
 * so journeys stay quick; takes screenshots into {@code target/screenshots}.
 */
public final class IntakePages {

    private static final String FILL = """
            const [section, answers] = arguments;
            for (const [code, value] of Object.entries(answers)) {
              const values = Array.isArray(value) ? value.map(String) : [String(value)];
              const inputs = document.querySelectorAll('[name="' + section + '.' + code + '"]');
              inputs.forEach(i => {
                if (i.type === 'radio' || i.type === 'checkbox') { i.checked = values.includes(i.value); }
                else { i.value = values[0]; }
              });
            }
            // a yes/no list: "None of these" when every item is answered no
            document.querySelectorAll('input[data-none][data-group]').forEach(none => {
              const items = document.querySelectorAll('input[data-group="' + none.dataset.group + '"]:not([data-none])');
              none.checked = Array.from(items).every(i => String(answers[i.name.substring(section.length + 1)]) === 'false');
            });
            document.querySelector('.intake form').dispatchEvent(new Event('change', {bubbles: true}));
            """;

    private final Browser browser;

    public IntakePages(Browser browser) {
        this.browser = browser;
    }

    /** The step line of the current page, e.g. "Step 3 of 7". */
    public String step() {
        return browser.find(By.cssSelector(".steps .step")).getText();
    }

    /** Fills the current page with the section's answers from {@code intake} (nested map). */
    @SuppressWarnings("unchecked")
    public IntakePages fill(Map<String, Object> intake, String section) {
        Map<String, Object> answers = (Map<String, Object>) intake.getOrDefault(section, Map.of());
        ((JavascriptExecutor) browser.driver()).executeScript(FILL, section, answers);
        return this;
    }

    /** Presses "Save and continue" and waits for the next page (or the same page with its problems). */
    public IntakePages next() {
        String before = browser.url();
        browser.click(By.cssSelector("button[value=next]"));
        waitForNewPage(before);
        return this;
    }

    /** Fills sections from the current one up to and including {@code last}, moving on after each. */
    public IntakePages fillThrough(Map<String, Object> intake, List<String> sections) {
        for (String section : sections) {
            browser.find(By.cssSelector("form[action$='/intake/" + section + "']"));
            fill(intake, section);
            if (!section.equals("consent")) {
                next();
            }
        }
        return this;
    }

    /** Presses "Send my answers" on the last page and waits for the outcome. */
    public IntakePages send() {
        String before = browser.url();
        browser.click(By.cssSelector("button[formaction$='/intake/submit']"));
        waitForNewPage(before);
        return this;
    }

    private void waitForNewPage(String before) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d ->
                !d.getCurrentUrl().equals(before) || !d.findElements(By.id("error-summary")).isEmpty());
    }

    public void screenshot(String name) {
        write(name, ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
    }

    /** The whole page (beyond the window) as tiles {@code name-1.png}, {@code name-2.png}, … of at most 1400 px. */
    public void fullScreenshot(String name) {
        var driver = (org.openqa.selenium.chrome.ChromeDriver) browser.driver();
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = ((Number) size.get("height")).doubleValue();
        int tile = 1;
        for (double top = 0; top < height; top += 1400, tile++) {
            Map<String, Object> clip = Map.of("x", 0, "y", top, "width", width,
                    "height", Math.min(1400, height - top), "scale", 1);
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                    Map.of("captureBeyondViewport", true, "format", "png", "clip", clip));
            write(name + "-" + tile, java.util.Base64.getDecoder().decode((String) shot.get("data")));
        }
    }

    private static void write(String name, byte[] png) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Downloads a path with the browser's session (for PDFs the browser would only display). */
    public HttpResponse<byte[]> download(String path) {
        Cookie session = browser.driver().manage().getCookies().stream()
                .filter(c -> c.getName().equals("SESSION") || c.getName().equals("JSESSIONID")).findFirst()
                .orElseThrow();
        URI uri = URI.create(browser.url()).resolve(path);
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                    .header("Cookie", session.getName() + "=" + session.getValue()).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
