package org.reliefdesk.support;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class BrowserTests {

    static final String MISSING = "/nonexistent/chromium";

    @Test
    void skipsWithoutChromiumOutsideCi() {
        assertThatThrownBy(() -> Browser.requireChromium(null, MISSING, MISSING))
                .isInstanceOf(TestAbortedException.class).hasMessageContaining("apt-get install chromium");
        assertThatThrownBy(() -> Browser.requireChromium("", MISSING, MISSING)).isInstanceOf(TestAbortedException.class);
    }

    @Test
    void failsWithoutChromiumOnCi() {
        assertThatThrownBy(() -> Browser.requireChromium("true", MISSING, MISSING))
                .isInstanceOf(AssertionFailedError.class).hasMessageContaining("CI=true");
    }

    @Test
    void runsWhereChromiumIsInstalled() {
        String java = System.getProperty("java.home") + "/bin/java"; // any executable stands in for both
        assertThatCode(() -> Browser.requireChromium("true", java, java)).doesNotThrowAnyException();
    }
}
