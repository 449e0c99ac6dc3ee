package kz.police.lps.core.api.page;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, the total count matching the filter, and the window asked for. */
public record Page<T>(List<T> items, long total, int limit, int offset) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), total, limit, offset);
    }

    public boolean hasNext() {
        return offset + items.size() < total;
    }
}
