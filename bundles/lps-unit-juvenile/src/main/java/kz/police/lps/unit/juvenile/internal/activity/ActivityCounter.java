package kz.police.lps.unit.juvenile.internal.activity;

import java.time.LocalDate;

import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * A figure of an inspector's recorded work (deliveries, placements, registrations, receptions, ...) counted over a
 * period, registered as a service by the area that holds the records. The monthly statement of work done (WF-J4,
 * L902-906) is made of every counter's figure, so it is counted from recorded activity, not typed in.
 */
public interface ActivityCounter {

    /** A stable key, e.g. {@code deliveries}; the statement's figures are ordered by it. */
    String key();

    /** What the figure counts, in Kazakh, Russian and English. */
    LocalizedText label();

    /** How many the officer recorded between the two days (inclusive); counted in the database. */
    long count(long officerId, LocalDate from, LocalDate to);
}
