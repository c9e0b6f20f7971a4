package org.reliefdesk.support;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Answers the intake with the keyboard only, as a person who cannot use a mouse does: Tab from control to
 * control, arrow keys in a group of radio buttons, Space to tick a box (in a yes/no list, the items that apply or
 * "None of these"), typing into fields, Enter on the page's button. It only looks at the page (which control has
 * the focus) to decide what to press, and counts what a person must do: choices made and characters typed.
 */
public final class KeyboardIntake {

    private static final String ACTIVE = """
            const e = document.activeElement;
            const group = e && e.hasAttribute('data-none') && e.getAttribute('data-group');
            const items = group ? Array.from(document.querySelectorAll(
                'input[data-group="' + group + '"]:not([data-none])')).map(i => i.name).join(' ') : '';
            return e ? [e.tagName, e.type || '', e.name || '', e.value || '', String(!!e.checked),
                        e.getAttribute('formaction') || '', e.closest('.intake form') ? 'in' : 'out', items] : [];
            """;

    private final WebDriver driver;
    private int choices;
    private int typed;
    private int fields;
    private Runnable beforeLeaving = () -> { };

    public KeyboardIntake(Browser browser) {
        this.driver = browser.driver();
    }

    public int choices() {
        return choices;
    }

    public int typedCharacters() {
        return typed;
    }

    /** Text fields a person filled in (each typed answer, however short). */
    public int fields() {
        return fields;
    }

    /** Something to do on each page once it is answered, just before its button is pressed (a measurement). */
    public void beforeLeaving(Runnable action) {
        this.beforeLeaving = action;
    }

    /** Answers the current page from the section's answers (a nested intake map), then presses its button. */
    @SuppressWarnings("unchecked")
    public void answerPage(Map<String, Object> intake, String section) {
        Map<String, Object> answers = (Map<String, Object>) intake.getOrDefault(section, Map.of());
        Set<String> doneGroups = new HashSet<>();
        String before = driver.getCurrentUrl();
        for (int presses = 0; presses < 600; presses++) {
            press(Keys.TAB);
            List<String> e = active();
            if (e.isEmpty() || !e.get(6).equals("in")) {
                continue;
            }
            String tag = e.get(0), type = e.get(1), name = e.get(2), value = e.get(3);
            if (tag.equals("BUTTON") && (value.equals("next") || e.get(5).endsWith("/intake/submit"))) {
                beforeLeaving.run();
                press(Keys.ENTER);
                waitForNewPage(before);
                var summary = driver.findElements(org.openqa.selenium.By.id("error-summary"));
                if (driver.getCurrentUrl().equals(before) && !summary.isEmpty()) {
                    throw new IllegalStateException("The page refused the answers: " + summary.get(0).getText());
                }
                return;
            }
            if (!name.startsWith(section + ".")) {
                continue;
            }
            if (!e.get(7).isEmpty()) {
                // "None of these" in a yes/no list: ticked when every item of the list is answered no
                boolean none = java.util.Arrays.stream(e.get(7).split(" "))
                        .allMatch(item -> Boolean.FALSE.equals(answers.get(item.substring(section.length() + 1))));
                tick(none, e);
                continue;
            }
            Object want = answers.get(name.substring(section.length() + 1));
            if (want == null) {
                continue;
            }
            if (type.equals("radio") && doneGroups.add(name)) {
                choose(String.valueOf(want));
            } else if (type.equals("checkbox")) {
                // a set's option, or an item of a yes/no list (value "true": ticked when the answer is yes)
                boolean wanted = want instanceof List<?> list ? list.stream().map(String::valueOf).anyMatch(value::equals)
                        : Boolean.TRUE.equals(want) && value.equals("true");
                tick(wanted, e);
            } else if ((tag.equals("INPUT") && !type.equals("radio") || tag.equals("TEXTAREA")) && !value.equals(
                    String.valueOf(want))) {
                press(Keys.END);
                for (int i = 0; i < value.length(); i++) {
                    press(Keys.BACK_SPACE);
                }
                String text = String.valueOf(want);
                new Actions(driver).sendKeys(text).perform();
                typed += text.length();
                fields++;
            }
        }
        throw new IllegalStateException("The keyboard never reached the page's button on " + before);
    }

    /** Space on a checkbox whose state is not the wanted one (one choice). */
    private void tick(boolean wanted, List<String> e) {
        if (wanted != Boolean.parseBoolean(e.get(4))) {
            press(Keys.SPACE);
            choices++;
        }
    }

    /** In a group of radio buttons: arrows to the wanted one (an arrow ticks as it moves), or Space on it. */
    private void choose(String want) {
        for (int i = 0; i < 40; i++) {
            List<String> e = active();
            if (e.get(3).equals(want)) {
                if (!Boolean.parseBoolean(e.get(4))) {
                    press(Keys.SPACE);
                }
                choices++;
                return;
            }
            press(Keys.ARROW_RIGHT);
        }
        throw new IllegalStateException("No choice " + want + " in the group");
    }

    @SuppressWarnings("unchecked")
    private List<String> active() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(ACTIVE);
    }

    private void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    private void waitForNewPage(String before) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.getCurrentUrl().equals(before)
                || !d.findElements(org.openqa.selenium.By.id("error-summary")).isEmpty());
    }
}
