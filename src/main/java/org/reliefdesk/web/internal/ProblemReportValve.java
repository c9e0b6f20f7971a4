package org.reliefdesk.web.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's last word, for requests it refuses before the application sees them ({@code %2F}, {@code %5C} or
 * {@code %00} in a path, a malformed request line) and for any error nothing else answered: problem details under
 * {@code /api/} and {@code /fhir/}, else a plain page, never Tomcat's HTML report or a stack trace.
 */
class ProblemReportValve extends ErrorReportValve {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String uri = request.getRequestURI() == null ? "" : request.getRequestURI();
        boolean api = uri.startsWith("/api/") || uri.startsWith("/fhir/");
        try {
            response.setContentType(api ? "application/problem+json" : "text/html");
            response.setCharacterEncoding("UTF-8");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(api ? problem(status, uri) : page(status, request.getLocale()));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the connection is gone or the response was already on its way: nothing more to say
        }
    }

    static String problem(int status, String uri) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", Errors.ABOUT_BLANK.toString());
        problem.put("title", reason(status));
        problem.put("status", status);
        problem.put("detail", detail(status));
        problem.put("instance", uri);
        return JSON.writeValueAsString(problem);
    }

    static String detail(int status) {
        return switch (status) {
            case 400 -> "The request is malformed (an address with characters or escapes that are not allowed)";
            case 404 -> "No such page or resource";
            default -> status >= 500 ? "Something went wrong on our side" : reason(status);
        };
    }

    private static String page(int status, Locale locale) {
        String heading = HtmlUtils.htmlEscape(message(locale, status == 404 ? "error.404" : status >= 500
                ? "error.500" : "error.other"));
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + status + " · ReliefDesk</title></head>"
                + "<body><h1>" + heading + "</h1><p>" + status + " " + HtmlUtils.htmlEscape(reason(status))
                + "</p><p><a href=\"/\">ReliefDesk</a></p></body></html>";
    }

    private static String message(Locale locale, String key) {
        try {
            return ResourceBundle.getBundle("messages", locale).getString(key);
        } catch (MissingResourceException e) {
            return "That request could not be completed.";
        }
    }

    private static String reason(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }
}
