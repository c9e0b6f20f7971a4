package org.reliefdesk.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test against the whole application on a random port, with the test run's one embedded
 * PostgreSQL (shared by every context, wiped at the start of the run). Tests must not assume
 * an empty database: make unique emails with {@link TestData#uniqueEmail}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public @interface IntegrationTest {
}
