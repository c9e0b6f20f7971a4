package org.reliefdesk.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list endpoint: {@code {items, page, size, total}}. */
public record Paged<T>(List<T> items, int page, int size, long total) {

    public <R> Paged<R> map(Function<T, R> mapper) {
        return new Paged<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
