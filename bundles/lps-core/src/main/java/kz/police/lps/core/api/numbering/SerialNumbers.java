package kz.police.lps.core.api.numbering;

/**
 * Gap-free serial numbers per series, department and year: applications (series {@code application}), a unit's
 * presentations ({@code district.presentation}), ... The number is taken in the caller's transaction and its counter
 * row stays locked until that transaction ends, so two records never get the same number and a record rolled back
 * gives its number back.
 */
public interface SerialNumbers {

    /**
     * Makes the counter of the series, department and year if it is missing, in a transaction of its own, so first
     * numbers taken at the same instant wait on one row instead of both inserting it. Call it before the writing
     * transaction begins (a transaction already under way may not see the row made apart).
     */
    void prepare(String series, long departmentId, int year);

    /** The next number (1, 2, ...) of the series in the department and year; call it inside the writing transaction. */
    long next(String series, long departmentId, int year);
}
