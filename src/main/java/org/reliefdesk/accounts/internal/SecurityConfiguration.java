package org.reliefdesk.accounts.internal;

import org.reliefdesk.accounts.Practice;
import org.reliefdesk.audit.AuditLog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Two filter chains: the JSON API (HTTP Basic or a Bearer API token, stateless, problem details)
 * and the pages (form login, CSRF, sessions stored in PostgreSQL).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] PUBLIC_PAGES = {"/login", "/register", "/error", "/error/**", "/css/**", "/js/**",
        "/img/**", "/webjars/**", "/favicon.ico", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
        "/password/**", "/invitation/**", "/language", "/book-online", "/book-online/choose", "/book-online/account"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(UserLookup users, PasswordEncoder encoder, LoginThrottle throttle,
            AuditLog audit, SecurityProperties properties) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(dao, throttle, audit, properties.slowDown()));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager manager, ProblemResponses problems,
            ApiTokens tokens, AddressDetails.Source details) throws Exception {
        http.securityMatcher("/api/**", "/fhir/**")
                .authenticationManager(manager)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/register", "/api/v1/intake/form", "/api/v1/password/**").permitAll()
                        .requestMatchers("/api/v1/therapists/*/calendar.ics", "/fhir/metadata").permitAll()
                        .requestMatchers(r -> "/api/v1/availability".equals(r.getRequestURI())
                                && r.getParameter("clientId") == null).permitAll()
                        .anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(problems).authenticationDetailsSource(details))
                .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .addFilterAfter(new TwoStepBasicFilter(problems), BasicAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager manager, AddressDetails.Source details,
            Practice practice) throws Exception {
        http.authenticationManager(manager)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").usernameParameter("email")
                        .authenticationDetailsSource(details)
                        .successHandler(new SignInSuccess(practice))
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                + (e instanceof LoginThrottledException ? "/login?locked"
                                        : e instanceof DisabledException ? "/login?deactivated" : "/login?error")))
                        .permitAll())
                .addFilterBefore(new SecondStepFilter(), AuthorizationFilter.class)
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self'; frame-ancestors 'none'")));
        return http.build();
    }
}
