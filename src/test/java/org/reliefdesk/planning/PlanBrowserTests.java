package org.reliefdesk.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.reliefdesk.support.Browser;
import org.reliefdesk.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class PlanBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void aTherapistProposesAndShapesAPlanAndTheClientAcceptsIt() {
        PlanApiSupport s = new PlanApiSupport(port);
        s.submit(PlanApiSupport.tensionType());
        String therapistEmail = org.reliefdesk.support.TestData.createStaff(s.anonymous, "THERAPIST");
        String clientEmail = s.client.get("/api/v1/clients/" + s.clientId).json().get("email").asString();
        try (Browser browser = Browser.open(port, 820, 1180)) {
            browser.signIn(therapistEmail, org.reliefdesk.support.TestData.PASSWORD).waitForText("Today");
            browser.go("/clients/" + s.clientId);
            browser.click(By.cssSelector("[data-testid=plans-panel] a.button"));
            browser.click(By.xpath("//button[text()='Propose a plan']"));
            browser.waitForText("A new plan was proposed");
            assertThat(total(browser)).isEqualTo("60");

            browser.type("blocks[1].minutes", "2");
            assertThat(total(browser)).as("running total").isEqualTo("58");
            new Select(browser.find(By.name("blocks[4].pressure"))).selectByValue("5");
            browser.click(By.xpath("//button[starts-with(text(),'Save as version')]"));
            browser.waitForText("nothing was saved");
            assertThat(browser.text()).contains("The blocks add up to 58 minutes");
            assertThat(errorBeside(browser, 4)).contains("Block 5", "preferred pressure (focus.pressure) is 3");

            browser.type("blocks[1].minutes", "4");
            new Select(browser.find(By.name("blocks[4].pressure"))).selectByValue("2");
            String moved = new Select(browser.find(By.name("blocks[1].area"))).getFirstSelectedOption().getText();
            press(browser, By.cssSelector("#block-1 button[data-op=down]"));
            assertThat(new Select(browser.find(By.name("blocks[2].area"))).getFirstSelectedOption().getText())
                    .isEqualTo(moved);
            assertThat(browser.driver().switchTo().activeElement().getAttribute("data-op")).isEqualTo("down");
            press(browser, By.cssSelector("[data-op=add]"));
            assertThat(total(browser)).isEqualTo("65");
            press(browser, By.cssSelector("#plan-blocks > li:last-child button[data-op=remove]"));
            assertThat(total(browser)).isEqualTo("60");
            browser.click(By.xpath("//button[starts-with(text(),'Save as version')]"));
            browser.waitForText("Saved as version 2.");
            browser.click(By.cssSelector("header nav form button"));

            browser.signIn(clientEmail, org.reliefdesk.support.TestData.PASSWORD).waitForText("Welcome");
            browser.click(By.linkText("Review your session plan"));
            browser.waitForText("Why:");
            assertThat(browser.text()).contains("Your session plan", "How firm", "Strength:",
                    "Massage complements medical care");
            browser.type("text", "Could we do less on my neck?");
            browser.click(By.xpath("//button[text()='Send my request']"));
            browser.waitForText("Your request was sent to your therapist.");
            browser.type("signature", "Someone Else");
            browser.click(By.xpath("//button[text()='Accept the plan']"));
            browser.waitForText("must be your full name");
            browser.type("signature", "test client");
            browser.click(By.xpath("//button[text()='Accept the plan']"));
            browser.waitForText("You accepted version 2 of your plan");
            assertThat(browser.find(By.cssSelector("[data-testid=plan-status]")).getText()).isEqualTo("Accepted");
        }
    }

    /** Clicks with the element in the middle of the screen, clear of the sticky running total. */
    private static void press(Browser browser, By by) {
        WebElement element = browser.find(by);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                element);
        element.click();
    }

    private static String total(Browser browser) {
        return browser.find(By.id("plan-total")).getText();
    }

    private static String errorBeside(Browser browser, int index) {
        WebElement block = browser.find(By.id("block-" + index));
        return block.findElement(By.cssSelector(".field-error")).getText();
    }
}
