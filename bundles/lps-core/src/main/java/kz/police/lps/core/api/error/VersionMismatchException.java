package kz.police.lps.core.api.error;

import java.util.List;

/**
 * Optimistic locking: the update names a version ({@code If-Match}) that is no longer current (HTTP 412), or names
 * none at all (HTTP 428).
 */
public class VersionMismatchException extends LpsException {

    private static final long serialVersionUID = 1L;

    private final boolean missing;

    private VersionMismatchException(boolean missing, String code, List<Object> args) {
        super(code, args, code);
        this.missing = missing;
    }

    public static VersionMismatchException stale(long expected, long actual) {
        return new VersionMismatchException(false, "version.stale", List.of(expected, actual));
    }

    /** The If-Match check of an update: 428 when no version was given, 412 when it is not the stored one. */
    public static void check(Long expected, long actual) {
        if (expected == null) {
            throw missing();
        }
        if (expected != actual) {
            throw stale(expected, actual);
        }
    }

    public static VersionMismatchException missing() {
        return new VersionMismatchException(true, "version.missing", List.of());
    }

    @Override
    public int status() {
        return missing ? 428 : 412;
    }

    @Override
    public String type() {
        return missing ? "precondition-required" : "precondition-failed";
    }
}
