package kz.police.lps.core.internal.db;

import kz.police.lps.core.api.error.VersionMismatchException;

/** Optimistic locking: the version a client names ({@code If-Match}) must be the current one. */
public final class Versions {

    private Versions() {
    }

    public static void check(Long expected, long actual) {
        VersionMismatchException.check(expected, actual);
    }
}
