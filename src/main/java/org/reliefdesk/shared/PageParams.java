package org.reliefdesk.shared;

/** Paging parameters: 0-based page, size 1–200 (default 50); out-of-range values are clamped. */
public record PageParams(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    public static PageParams of(Integer page, Integer size) {
        int p = page == null ? 0 : Math.max(0, page);
        int s = size == null ? DEFAULT_SIZE : Math.min(MAX_SIZE, Math.max(1, size));
        return new PageParams(p, s);
    }

    public long offset() {
        return (long) page * size;
    }
}
