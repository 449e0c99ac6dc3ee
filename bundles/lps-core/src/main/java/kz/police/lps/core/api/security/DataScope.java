package kz.police.lps.core.api.security;

import java.util.Objects;

/**
 * Which departments' records a caller may see. Every record carries its owning department (an organisation node);
 * each node has a materialised path such as {@code /1/4/9/}. A scope is a path prefix: an officer of a city/district
 * body sees the subtree of that body, a regional head the region's subtree, {@code lps-admin} everything.
 */
public final class DataScope {

    private static final DataScope ALL = new DataScope("/");
    private static final DataScope NONE = new DataScope(null);

    private final String pathPrefix;

    private DataScope(String pathPrefix) {
        this.pathPrefix = pathPrefix;
    }

    public static DataScope all() {
        return ALL;
    }

    public static DataScope none() {
        return NONE;
    }

    /** The subtree under the organisation node with this materialised path. */
    public static DataScope subtree(String path) {
        Objects.requireNonNull(path, "path");
        return "/".equals(path) ? ALL : new DataScope(path);
    }

    public boolean isAll() {
        return this == ALL;
    }

    public boolean isNone() {
        return pathPrefix == null;
    }

    /** The path prefix a record's department path must start with; {@code null} for {@link #none()}. */
    public String pathPrefix() {
        return pathPrefix;
    }

    /** Whether a record owned by the department with this materialised path lies in the scope. */
    public boolean covers(String departmentPath) {
        return pathPrefix != null && departmentPath != null && departmentPath.startsWith(pathPrefix);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataScope other && Objects.equals(pathPrefix, other.pathPrefix);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(pathPrefix);
    }

    @Override
    public String toString() {
        return isNone() ? "none" : isAll() ? "all" : pathPrefix;
    }
}
