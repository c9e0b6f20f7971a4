package org.reliefdesk.support;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its own chromedriver (paths given, nothing downloaded).
 * Where Chromium is absent the test is skipped with a clear message, except when the environment variable
 * {@code CI} is set (as {@code .ci/run} does): there it fails, so that a green build has tested the pages.
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final WebDriver driver;
    private final String base;

    private Browser(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    public static Browser open(int port) {
        return open(port, 1280, 900);
    }

    /** A phone-sized window is {@code open(port, 390, 844)}. */
    public static Browser open(int port, int width, int height) {
        return open(port, width, height, "en-US");
    }

    /** A browser whose language (its Accept-Language) is {@code language}, e.g. "es" for a Spanish reader. */
    public static Browser open(int port, int width, int height, String language) {
        requireChromium(System.getenv("CI"), CHROMIUM, CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        options.addArguments("--lang=" + language);
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        return new Browser(driver, "http://localhost:" + port);
    }

    /** Skips the test where Chromium is missing, or fails it when {@code ci} (the variable {@code CI}) is set. */
    static void requireChromium(String ci, String chromium, String chromedriver) {
        boolean present = new File(chromium).canExecute() && new File(chromedriver).canExecute();
        String missing = "Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)";
        if (ci != null && !ci.isBlank()) {
            Assertions.assertTrue(present, "Browser tests cannot run on CI (CI=" + ci + "): " + missing);
        }
        Assumptions.assumeTrue(present, "Browser tests skipped: " + missing);
    }

    /**
     * Fetches {@code path} outside the browser with its session cookie (as a download button would) and returns
     * the body after checking a 200 with {@code contentType}.
     */
    public byte[] download(String path, String contentType) {
        Cookie session = driver.manage().getCookies().stream()
                .filter(c -> c.getName().equals("SESSION") || c.getName().equals("JSESSIONID")).findFirst()
                .orElseThrow(() -> new AssertionError("the browser is not signed in"));
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(base).resolve(path))
                            .header("Cookie", session.getName() + "=" + session.getValue()).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            Assertions.assertEquals(200, response.statusCode(), "GET " + path);
            Assertions.assertEquals(contentType, response.headers().firstValue("Content-Type").orElse(""));
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    public WebElement find(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    public Browser type(String name, String text) {
        WebElement field = find(By.name(name));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Clicks a button that loads a new page, and waits until the old page is gone (so no read sees it). */
    public Browser clickToLoad(By by) {
        WebElement page = driver.findElement(By.tagName("html"));
        click(by);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
        return this;
    }

    public Browser click(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(by)).click();
        return this;
    }

    /** Signs in and waits until the next page has loaded (so that a following {@code go} is signed in). */
    public Browser signIn(String email, String password) {
        go("/login").type("email", email).type("password", password);
        WebElement submit = find(By.cssSelector("main form button[type=submit]"));
        click(By.cssSelector("main form button[type=submit]"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(submit));
        return this;
    }

    /** The main content's text, once the page has settled. */
    public String text() {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("main")).getText());
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public WebDriver driver() {
        return driver;
    }

    public void waitForText(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
