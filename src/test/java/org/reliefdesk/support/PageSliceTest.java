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
 * No DataSource, Flyway or embedded PostgreSQL is started; a slice's context starts in a few seconds.
 *
 * <p>Usage (put the class in the controller's package, so package-private collaborators can be mocked):
 * <pre>{@code
 * @PageSliceTest(controllers = ReminderPages.class)
 * class ReminderPagesTests {
 *     @Autowired MockMvc mvc;
 *     @MockitoBean ClientAccess access;          // every collaborator of the controller
 *     @MockitoBean DiaryReminders reminders;
 *
 *     @Test
 *     void showsTheChosenHour() throws Exception {
 *         when(access.self(SignedIn.CLIENT)).thenReturn(aClient);
 *         when(reminders.hourOf(aClient.id())).thenReturn(Optional.of(8));
 *         mvc.perform(get("/diary/reminder").with(SignedIn.client()))
 *                 .andExpect(status().isOk())
 *                 .andExpect(view().name("diary/reminder"))
 *                 .andExpect(model().attribute("hour", 8));
 *     }
 *
 *     @Nested
 *     class BadInput {      // a field error, rendered beside its field (web/fields :: input)
 *         ... mvc.perform(post("/register").param("email", "x").with(csrf()))
 *                 .andExpect(PageSlice.fieldError("email", "This is not a valid email address."));
 *     }
 * }
 * }</pre>
 * {@link SignedIn} has one person per role (and {@code SignedIn.as(user)} for any other); without one a page
 * answers a redirect to {@code /login}. POSTs need {@code .with(csrf())}, as a browser's form carries the token.
 * {@link PageSlice} has the matchers ({@code fieldError}, {@code shows} for escaped text, {@code noFieldErrors},
 * {@code having} for model attributes of package-private types) and {@code TODAY}. A collaborator of the security
 * set-up ({@code Practice}, {@code AuditLog}) is replaced by the test's own {@code @MockitoBean} of that type.
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
