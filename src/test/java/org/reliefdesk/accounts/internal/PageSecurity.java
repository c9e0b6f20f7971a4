package org.reliefdesk.accounts.internal;

import static org.mockito.Mockito.mock;

import org.reliefdesk.accounts.Practice;
import org.reliefdesk.audit.AuditLog;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application's own security for page slices ({@code support.PageSliceTest}): both filter chains of
 * {@link SecurityConfiguration} as they are (form login, CSRF, {@code /admin/**} for ADMIN, the second-step filter),
 * the language resolver and the address details. Only what reads the database behind sign-in is a mock (users,
 * throttle, tokens, audit, practice): slices sign people in with spring-security-test's {@code user(...)} instead.
 * A test that needs one of them to answer declares its own {@code @MockitoBean} of that type, which replaces it.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
@Import({SecurityConfiguration.class, PreferredLanguage.class, AddressDetails.Source.class})
public class PageSecurity {

    @Bean
    UserLookup userLookup() {
        return mock(UserLookup.class);
    }

    @Bean
    LoginThrottle loginThrottle() {
        return mock(LoginThrottle.class);
    }

    @Bean
    ApiTokens apiTokens() {
        return mock(ApiTokens.class);
    }

    @Bean
    AuditLog auditLog() {
        return mock(AuditLog.class);
    }

    @Bean
    Practice practice() {
        return mock(Practice.class);
    }

    @Bean
    ProblemResponses problemResponses() {
        return new ProblemResponses(JsonMapper.builder().build());
    }
}
