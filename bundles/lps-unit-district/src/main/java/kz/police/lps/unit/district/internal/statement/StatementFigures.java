package kz.police.lps.unit.district.internal.statement;

/**
 * What the unit counts of an officer's month from recorded activity (US-21, L437-441).
 *
 * @param notebookIssued      work-notebook assignments given in the month
 * @param notebookDone        work-notebook assignments marked done in the month
 * @param applicationsDecided applications and reports assigned to the officer and decided in the month
 * @param registerChecks      checks the officer recorded in the month of persons on a register they supervise
 * @param publicReports       reports to the population the officer held in the month
 */
public record StatementFigures(long notebookIssued, long notebookDone, long applicationsDecided, long registerChecks,
        long publicReports) {
}
