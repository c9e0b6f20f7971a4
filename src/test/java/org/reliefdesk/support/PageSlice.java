package org.reliefdesk.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.hamcrest.TypeSafeDiagnosingMatcher;
import org.reliefdesk.accounts.internal.PageSecurity;
import org.reliefdesk.shared.ClientAddress;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.web.util.HtmlUtils;

/**
 * What {@link PageSliceTest} adds to a {@code @WebMvcTest}: the application's security ({@link PageSecurity}), the
 * client-address reader the filters use, and a fixed clock; plus matchers for rendered pages.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({PageSecurity.class, ClientAddress.class})
public class PageSlice {

    /** "Now" in every slice: Tuesday 10 March 2026, 09:00 UTC. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneOffset.UTC);

    public static final LocalDate TODAY = LocalDate.now(CLOCK);

    @Bean
    Clock clock() {
        return CLOCK;
    }

    /**
     * Every request's servlet path is its path, as under the application's DispatcherServlet mapped to {@code /}
     * (MockMvc leaves it empty, and the second-step filter and the password pages read it).
     */
    @Bean
    MockMvcBuilderCustomizer servletPathIsThePath() {
        return builder -> builder.defaultRequest(get("/").with(request -> {
            request.setServletPath(request.getRequestURI().substring(request.getContextPath().length()));
            return request;
        }));
    }

    /**
     * The page shows {@code message} as a field error ({@code <p class="field-error" …>}) with the id
     * {@code <field>-error} that the field's {@code aria-describedby} points to ({@code web/fields :: input}).
     */
    public static ResultMatcher fieldError(String field, String message) {
        return rendered("<p class=\"field-error\" id=\"" + Pattern.quote(field) + "-error\"[^>]*>\\s*"
                + Pattern.quote(HtmlUtils.htmlEscape(message)) + "\\s*</p>");
    }

    /** The page shows {@code message} as a field error ({@code <p class="field-error" …>}), with or without an id. */
    public static ResultMatcher fieldError(String message) {
        return rendered("<p class=\"field-error\"[^>]*>\\s*" + Pattern.quote(HtmlUtils.htmlEscape(message))
                + "\\s*</p>");
    }

    /** The page shows this text (as Thymeleaf writes it: {@code '} as {@code &#39;}, {@code &} as {@code &amp;}). */
    public static ResultMatcher shows(String text) {
        return content().string(Matchers.containsString(HtmlUtils.htmlEscape(text)));
    }

    /** The page shows no field error at all. */
    public static ResultMatcher noFieldErrors() {
        return content().string(Matchers.not(Matchers.containsString("class=\"field-error\"")));
    }

    /**
     * A model attribute whose {@code feature} (a record component, a getter; package-private types welcome, unlike
     * {@code hasProperty}) equals {@code expected}: {@code model().attribute("form", having(DayForm::getNote, "x"))}.
     */
    @SuppressWarnings("unchecked")
    public static <T> Matcher<Object> having(Function<T, ?> feature, Object expected) {
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(Object actual, Description mismatch) {
                Object value = feature.apply((T) actual);
                mismatch.appendText("was ").appendValue(value).appendText(" in ").appendValue(actual);
                return Objects.equals(value, expected);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("an object whose feature is ").appendValue(expected);
            }
        };
    }

    /** The rendered page matches the regular expression somewhere. */
    public static ResultMatcher rendered(String regex) {
        Pattern pattern = Pattern.compile(regex);
        return result -> {
            String html = result.getResponse().getContentAsString();
            if (!pattern.matcher(html).find()) {
                throw new AssertionError("Expected the page to match " + regex + " but it was:\n" + html);
            }
        };
    }
}
