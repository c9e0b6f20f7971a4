package org.reliefdesk.web.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Errors raised outside controllers (security, the container): same answers as {@link ErrorAdvice}. */
@Controller
class ErrorPages implements ErrorController {

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        String detail = switch (status.value()) {
            case 401 -> "Sign in first";
            case 403 -> "You may not see this page";
            case 404 -> "No such page or resource";
            case 400 -> request.getAttribute(MalformedParameters.REASON) != null
                    ? "The address or form holds a malformed %-escape or character encoding"
                    : "The request is malformed (an address with characters or escapes that are not allowed)";
            case 413 -> "The request is too large or has too many parameters";
            default -> status.getReasonPhrase();
        };
        return Errors.respond(request, status, detail, null, null);
    }
}
