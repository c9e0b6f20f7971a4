package org.reliefdesk.scheduling.practice;

import java.util.List;

import org.reliefdesk.shared.PageParams;
import org.reliefdesk.shared.Paged;

/** One page of a short list held in memory. */
final class Pages {

    private Pages() {
    }

    static <T> Paged<T> of(List<T> all, PageParams page) {
        int from = (int) Math.min(all.size(), page.offset());
        int to = Math.min(all.size(), from + page.size());
        return new Paged<>(all.subList(from, to), page.page(), page.size(), all.size());
    }
}
