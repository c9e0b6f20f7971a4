package org.reliefdesk.shared;

/** One broken rule, named by the request field (dotted path) it concerns. */
public record FieldError(String field, String message) {
}
