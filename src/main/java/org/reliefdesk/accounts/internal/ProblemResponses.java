package org.reliefdesk.accounts.internal;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** 401, 403 and 429 for the API as RFC 9457 problem details. */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    /** RFC 9457's type for a problem the status and title explain; written out, as API.md lists {@code type}. */
    private static final URI ABOUT_BLANK = URI.create("about:blank");

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof LoginThrottledException) {
            response.setHeader("Retry-After", "900");
            write(request, response, HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"ReliefDesk\", Bearer");
        if (e instanceof TwoStepBasicFilter.TwoStepRequiredException || e instanceof DisabledException) {
            write(request, response, HttpStatus.UNAUTHORIZED, e.getMessage());
            return;
        }
        write(request, response, HttpStatus.UNAUTHORIZED, "Sign in with your email and password (HTTP Basic) or an API token.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "Your role may not do this.");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ABOUT_BLANK);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
