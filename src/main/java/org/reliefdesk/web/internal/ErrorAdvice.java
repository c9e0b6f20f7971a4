package org.reliefdesk.web.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.reliefdesk.shared.ConflictException;
import org.reliefdesk.shared.FieldError;
import org.reliefdesk.shared.ForbiddenException;
import org.reliefdesk.shared.NotFoundException;
import org.reliefdesk.shared.PlainText;
import org.reliefdesk.shared.RuleViolationException;
import org.reliefdesk.shared.WrongTypeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestValueException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

/** Maps every exception to a clear answer: problem details on the API, an error page elsewhere. */
@RestControllerAdvice
class ErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

    @ExceptionHandler(NotFoundException.class)
    Object notFound(HttpServletRequest request, NotFoundException e) {
        return Errors.respond(request, HttpStatus.NOT_FOUND, e.getMessage(), null, null);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object noResource(HttpServletRequest request) {
        return Errors.respond(request, HttpStatus.NOT_FOUND, "No such page or resource", null, null);
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    Object forbidden(HttpServletRequest request, RuntimeException e) {
        return Errors.respond(request, HttpStatus.FORBIDDEN, e.getMessage(), null, null);
    }

    @ExceptionHandler(ConflictException.class)
    Object conflict(HttpServletRequest request, ConflictException e) {
        return Errors.respond(request, HttpStatus.CONFLICT, e.getMessage(), null, e.properties());
    }

    /** A write that lost a race (deadlock, serialization failure, stale version) the caller did not retry itself. */
    @ExceptionHandler(ConcurrencyFailureException.class)
    Object concurrency(HttpServletRequest request) {
        return Errors.respond(request, HttpStatus.CONFLICT,
                "Someone else changed this at the same moment; nothing was saved, please try again", null, null);
    }

    @ExceptionHandler(RuleViolationException.class)
    Object ruleViolation(HttpServletRequest request, RuleViolationException e) {
        return Errors.respond(request, HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage(), e.errors(), e.properties());
    }

    @ExceptionHandler(WrongTypeException.class)
    Object wrongType(HttpServletRequest request, WrongTypeException e) {
        return Errors.respond(request, HttpStatus.BAD_REQUEST, e.getMessage(), e.errors(), null);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpServletRequest request, HttpMessageNotReadableException e) {
        String field = field(e);
        if (e.getCause() instanceof PlainTextStrings.ControlCharacters && field != null) {
            return Errors.respond(request, HttpStatus.UNPROCESSABLE_CONTENT, "The request breaks 1 rule(s)",
                    List.of(new FieldError(field, PlainText.FREE_TEXT_MESSAGE)), null);
        }
        return Errors.respond(request, HttpStatus.BAD_REQUEST,
                "The request body is not valid JSON or holds a value of the wrong type", field == null ? null
                        : List.of(new FieldError(field, "has the wrong type or form")), null);
    }

    /** The dotted path of the value Jackson could not read ({@code blocks[2].pressure}), when it knows one. */
    private static String field(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException json && !json.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (JacksonException.Reference step : json.getPath()) {
                    if (step.getPropertyName() != null) {
                        path.append(path.isEmpty() ? "" : ".").append(step.getPropertyName());
                    } else if (step.getIndex() >= 0) {
                        path.append('[').append(step.getIndex()).append(']');
                    }
                }
                return path.isEmpty() ? null : path.toString();
            }
        }
        return null;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object typeMismatch(HttpServletRequest request, MethodArgumentTypeMismatchException e) {
        boolean pathVariable = e.getParameter().hasParameterAnnotation(
                org.springframework.web.bind.annotation.PathVariable.class);
        if (pathVariable) {
            return Errors.respond(request, HttpStatus.NOT_FOUND, "Unknown id", null, null);
        }
        return Errors.respond(request, HttpStatus.BAD_REQUEST, "Parameter '" + e.getName() + "' has the wrong type",
                List.of(new FieldError(e.getName(), "has the wrong type")), null);
    }

    @ExceptionHandler(MissingRequestValueException.class)
    Object missing(HttpServletRequest request, MissingRequestValueException e) {
        return Errors.respond(request, HttpStatus.BAD_REQUEST, e.getBody().getDetail(), null, null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(HttpServletRequest request, HttpRequestMethodNotSupportedException e) {
        return Errors.respond(request, HttpStatus.METHOD_NOT_ALLOWED, e.getMessage(), null, null);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object mediaType(HttpServletRequest request) {
        return Errors.respond(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send JSON (application/json)", null, null);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    Object notAcceptable(HttpServletRequest request) {
        return Errors.respond(request, HttpStatus.NOT_ACCEPTABLE, "That representation is not available", null, null);
    }

    @ExceptionHandler(ResponseStatusException.class)
    Object status(HttpServletRequest request, ResponseStatusException e) {
        return Errors.respond(request, e.getStatusCode(), e.getReason(), null, null);
    }

    @ExceptionHandler(AuthenticationException.class)
    Object authentication(HttpServletRequest request) {
        return Errors.respond(request, HttpStatus.UNAUTHORIZED, "Sign in first", null, null);
    }

    /**
     * PostgreSQL refusing a value (SQLSTATE class 22: a NUL character in text, a date or number beyond its
     * range) is bad input that got past the checks: a 400, not a 500. Any other database failure is ours.
     */
    @ExceptionHandler(DataAccessException.class)
    Object database(HttpServletRequest request, DataAccessException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return Errors.respond(request, HttpStatus.BAD_REQUEST, "A value in the request cannot be stored "
                        + "(a NUL character in text, or a date or number out of range)", null, null);
            }
        }
        return unexpected(request, e);
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(HttpServletRequest request, Exception e) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return Errors.respond(request, HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side", null,
                Map.of());
    }
}
