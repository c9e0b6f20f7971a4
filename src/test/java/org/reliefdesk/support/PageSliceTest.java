package org.reliefdesk.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * A page controller tested without a browser or a database: {@code @WebMvcTest} of the named controllers with
 * everything a page needs to render as in production — the application's security filter chains (form login,
 * CSRF, role rules), the message bundles, Thymeleaf with the real templates and layout, the language resolver, the
 * page advice ({@code me} for the navigation, {@code ErrorAdvice}'s error pages) and a fixed {@link PageSlice#CLOCK}.
 * No DataSource, Flyway or embedded PostgreSQL is started; a slice starts in a second or two.
 *
 * <p>Usage: name the controllers, mock their collaborators, sign someone in per request:
 * <pre>{@code
 * @PageSliceTest(controllers = DiaryPages.class)
 * class DiaryPagesTests {
 *     @Autowired MockMvc mvc;
 *     @MockitoBean Diary diary;
 *     @MockitoBean ClientAccess access;
 *
 *     @Test
 *     void showsToday() throws Exception {
 *         when(access.self(SignedIn.CLIENT)).thenReturn(aClient);
 *         mvc.perform(get("/diary").with(SignedIn.client()))
 *                 .andExpect(status().isOk()).andExpect(view().name("diary/today"));
 *         mvc.perform(post("/diary/day/2026-03-09").param("peakIntensity", "11").with(SignedIn.client()).with(csrf()))
 *                 .andExpect(PageSlice.fieldError("peakIntensity", "…"));
 *     }
 * }
 * }</pre>
 * {@link SignedIn} has one person per role (and {@code SignedIn.as(user)} for any other); without one a page
 * answers a redirect to {@code /login}. POSTs need {@code .with(csrf())}, as a browser's form carries the token.
 * Mocks are the point here: a slice checks binding, views, model and field errors; the integration tests keep
 * checking the real services.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@Import(PageSlice.class)
public @interface PageSliceTest {

    /** The controllers under test (only these are created; every {@code @ControllerAdvice} comes along). */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] controllers() default {};

    /** Extra properties, {@code "key=value"}. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "properties")
    String[] properties() default {};
}
