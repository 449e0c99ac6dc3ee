package kz.police.lps.core.api.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import kz.police.lps.core.api.error.ValidationException;

/**
 * A window and an order over a list: {@code limit} (1..{@value #MAX_LIMIT}, default {@value #DEFAULT_LIMIT}),
 * {@code offset} (≥ 0) and {@code sort}, a comma-separated list of field names, each optionally prefixed with
 * {@code -} for descending order.
 */
public record PageRequest(int limit, int offset, List<SortKey> sort) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public record SortKey(String field, boolean descending) {
    }

    public PageRequest {
        sort = List.copyOf(sort);
    }

    /**
     * Parses and checks the query parameters against the sortable fields of a list.
     *
     * @throws ValidationException naming {@code limit}, {@code offset} or {@code sort}
     */
    public static PageRequest of(Integer limit, Integer offset, String sort, Set<String> sortable) {
        ValidationException.Collector errors = new ValidationException.Collector();
        int l = limit == null ? DEFAULT_LIMIT : limit;
        int o = offset == null ? 0 : offset;
        if (l < 1 || l > MAX_LIMIT) {
            errors.add("limit", "range", 1, MAX_LIMIT);
        }
        if (o < 0) {
            errors.add("offset", "min", 0);
        }
        List<SortKey> keys = new ArrayList<>();
        if (sort != null && !sort.isBlank()) {
            for (String raw : sort.split(",")) {
                String k = raw.trim();
                boolean desc = k.startsWith("-");
                String field = desc || k.startsWith("+") ? k.substring(1) : k;
                if (!sortable.contains(field)) {
                    errors.add("sort", "sort.unknown", field, String.join(", ", sortable));
                } else {
                    keys.add(new SortKey(field, desc));
                }
            }
        }
        errors.throwIfAny();
        return new PageRequest(l, o, keys);
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, 0, List.of());
    }

    /** The first page of at most {@code limit} rows, the limit kept within 1..{@value #MAX_LIMIT} (shell tables). */
    public static PageRequest firstRows(int limit) {
        return first(Math.max(1, Math.min(limit, MAX_LIMIT)));
    }
}
