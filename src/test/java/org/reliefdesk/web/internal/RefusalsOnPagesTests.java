package org.reliefdesk.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

/** A refusal shown on a page as it was thrown reads in the reader's language. */
class RefusalsOnPagesTests {

    private final RefusalsOnPages refusals = new RefusalsOnPages();

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    private ModelAndView shown(String tag, Object warning) {
        LocaleContextHolder.setLocale(Locale.forLanguageTag(tag));
        ModelAndView page = new ModelAndView("scheduling/sessions");
        page.addObject("warning", warning);
        page.addObject("problem", "That time is no longer free");
        page.addObject("notice", "That time is no longer free");
        refusals.postHandle(new MockHttpServletRequest(), new MockHttpServletResponse(), new Object(), page);
        return page;
    }

    @Test
    void aSpanishReaderReadsTheRefusalInSpanish() {
        ModelAndView page = shown("es-US", "That time is no longer free");
        assertThat(page.getModel().get("warning")).isEqualTo("Ese horario ya no está libre");
        assertThat(page.getModel().get("problem")).isEqualTo("Ese horario ya no está libre");
        assertThat(page.getModel().get("notice")).as("only refusals are translated").isEqualTo(
                "That time is no longer free");
    }

    @Test
    void englishAndTextAlreadyInTheReadersLanguageStayAsTheyAre() {
        assertThat(shown("en-US", "That time is no longer free").getModel().get("warning"))
                .isEqualTo("That time is no longer free");
        assertThat(shown("es", "Su sesión ya no se puede mover").getModel().get("warning"))
                .isEqualTo("Su sesión ya no se puede mover");
        assertThat(shown("es", List.of("a list")).getModel().get("warning")).isEqualTo(List.of("a list"));
    }

    @Test
    void aRedirectHasNoPageToTranslate() {
        refusals.postHandle(new MockHttpServletRequest(), new MockHttpServletResponse(), new Object(), null);
    }
}
