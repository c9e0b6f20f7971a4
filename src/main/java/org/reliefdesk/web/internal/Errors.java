package org.reliefdesk.web.internal;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.reliefdesk.shared.FieldError;
import org.reliefdesk.web.ProblemText;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/** One error answer, as problem details for the API or as an error page for a browser. */
final class Errors {

    /** RFC 9457's type for a problem the status and title explain; written out, as API.md lists {@code type}. */
    static final URI ABOUT_BLANK = URI.create("about:blank");

    private Errors() {
    }

    static boolean isApi(HttpServletRequest request) {
        String uri = (String) request.getAttribute("jakarta.servlet.error.request_uri");
        if (uri == null) {
            uri = request.getRequestURI();
        }
        String path = uri.substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/fhir/");
    }

    static Object respond(HttpServletRequest request, HttpStatusCode status, String detail, List<FieldError> errors,
            Map<String, Object> properties) {
        if (isApi(request)) {
            return problem(request, status, detail, errors, properties);
        }
        ModelAndView page = new ModelAndView(view(status.value()));
        page.setStatus(HttpStatus.valueOf(status.value()));
        page.addObject("status", status.value());
        Locale reader = RequestContextUtils.getLocale(request);
        String shown = status.is5xxServerError() ? null : ProblemText.translate(detail, reader);
        page.addObject("detail", shown);
        // a detail no template knows stays as written, in English: say so to the browser and screen readers
        page.addObject("detailLang", shown != null && shown.equals(detail) && !"en".equals(reader.getLanguage())
                ? "en" : null);
        return page;
    }

    static ResponseEntity<ProblemDetail> problem(HttpServletRequest request, HttpStatusCode status, String detail,
            List<FieldError> errors, Map<String, Object> properties) {
        Locale reader = RequestContextUtils.getLocale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ProblemText.translate(detail, reader));
        problem.setType(ABOUT_BLANK);
        problem.setTitle(ProblemText.title(status.value(), problem.getTitle(), reader));
        problem.setInstance(instance(request));
        if (errors != null && !errors.isEmpty()) {
            problem.setProperty("errors", errors.stream()
                    .map(e -> new FieldError(e.field(), ProblemText.translate(e.message(), reader))).toList());
        }
        if (properties != null) {
            properties.forEach(problem::setProperty);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The path the caller asked for, also when answering from the error dispatch ({@code /error}). */
    private static URI instance(HttpServletRequest request) {
        Object original = request.getAttribute("jakarta.servlet.error.request_uri");
        String uri = original instanceof String s ? s : request.getRequestURI();
        try {
            return URI.create(uri);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String view(int status) {
        return switch (status) {
            case 403 -> "error/403";
            case 404 -> "error/404";
            default -> status >= 500 ? "error/500" : "error/error";
        };
    }
}
