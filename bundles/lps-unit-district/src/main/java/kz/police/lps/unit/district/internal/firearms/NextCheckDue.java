package kz.police.lps.unit.district.internal.firearms;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

import kz.police.lps.core.api.calendar.ReportingPeriod;
import kz.police.lps.core.api.norm.NormService;
import kz.police.lps.core.api.task.Periodicity;

/**
 * The day each open owner's next periodic check is due ({@link AnnualCheckRule#nextDue}), kept in the owner's row
 * ({@code NEXT_CHECK_DUE}, with the period kind it was counted in) so that the owners list pages and filters in the
 * database and the recurring source reads only the owners whose check is due: an owner needs the check of the period
 * containing today exactly when that day is at most the period's last day ({@link #dueBy}), and is overdue when it
 * is before today. Set when a counted check is recorded, cleared when the record is closed; rows not counted yet
 * (owners registered since the last run, rows from before the column, or all of them after the periodicity norm's
 * unit changed in a new release) are counted by {@link #refresh} before each read. The period kind is the act's: a
 * region's override changes a norm's value, not its unit, so one kind holds for every owner.
 */
final class NextCheckDue {

    /** Rows per batch of {@link #refresh}, and ids per {@code IN} list. */
    static final int BATCH = 500;

    private NextCheckDue() {
    }

    /** The period kind of the periodicity norm (a year unless the norm says otherwise). */
    static ReportingPeriod.Kind kind(NormService norms) {
        return Periodicity.kindOf(norms.effective(FirearmChecks.PERIODICITY_NORM, null).unit())
                .orElse(ReportingPeriod.Kind.YEAR);
    }

    /** Whether the owner (open, next check due by {@code nextDue}) owes a check in the period: not yet checked in it. */
    static boolean dueBy(LocalDate nextDue, ReportingPeriod period) {
        return nextDue != null && !nextDue.isAfter(period.end());
    }

    /**
     * Counts the next check of the open owners whose row has none for this period kind, a batch per transaction;
     * nothing to do (two indexed look-ups) once all are counted.
     */
    static void refresh(JpaTemplate jpa, ReportingPeriod.Kind kind) {
        List<String> others = Arrays.stream(ReportingPeriod.Kind.values()).filter(k -> k != kind).map(Enum::name)
                .toList();
        for (String filter : List.of("e.checkPeriod IS NULL", "e.checkPeriod IN :others")) {
            long after = 0;
            while (true) {
                long from = after;
                List<Object[]> rows = jpa.txExpr(TransactionType.Required, em -> {
                    javax.persistence.TypedQuery<Object[]> q = em.createQuery("SELECT e.id, e.registeredOn FROM "
                            + "FirearmOwnerEntity e WHERE e.closedOn IS NULL AND " + filter + " AND e.id > :after "
                            + "ORDER BY e.id", Object[].class).setParameter("after", from).setMaxResults(BATCH);
                    if (filter.contains(":others")) {
                        q.setParameter("others", others);
                    }
                    List<Object[]> found = q.getResultList();
                    Map<Long, LocalDate> registered = new HashMap<>();
                    found.forEach(r -> registered.put(((Number) r[0]).longValue(), (LocalDate) r[1]));
                    Map<Long, LocalDate> last = FirearmChecks.lastCountedChecks(em, List.copyOf(registered.keySet()));
                    Map<LocalDate, List<Long>> byDue = new HashMap<>();
                    registered.forEach((id, on) -> byDue.computeIfAbsent(AnnualCheckRule.nextDue(kind, on,
                            last.get(id)), d -> new java.util.ArrayList<>()).add(id));
                    byDue.forEach((due, ids) -> set(em, ids, due, kind, true));
                    return found;
                });
                if (rows.size() < BATCH) {
                    break;
                }
                after = ((Number) rows.get(rows.size() - 1)[0]).longValue();
            }
        }
    }

    /** Counts one open owner's next check again, after a counted check was recorded (in the same transaction). */
    static void recount(EntityManager em, long ownerId, LocalDate registeredOn, ReportingPeriod.Kind kind) {
        LocalDate last = FirearmChecks.lastCountedChecks(em, List.of(ownerId)).get(ownerId);
        set(em, List.of(ownerId), AnnualCheckRule.nextDue(kind, registeredOn, last), kind, false);
    }

    /**
     * A bulk update, so that the derived day does not move the record's version (its ETag); when
     * {@code onlyUncounted}, a row counted meanwhile (a check recorded at the same time) is left as it is.
     */
    private static void set(EntityManager em, List<Long> ids, LocalDate due, ReportingPeriod.Kind kind,
            boolean onlyUncounted) {
        em.createQuery("UPDATE FirearmOwnerEntity e SET e.nextCheckDue = :d, e.checkPeriod = :k WHERE e.id IN :ids "
                + "AND e.closedOn IS NULL" + (onlyUncounted ? " AND (e.checkPeriod IS NULL OR e.checkPeriod <> :k)" : ""))
                .setParameter("d", due).setParameter("k", kind.name()).setParameter("ids", ids).executeUpdate();
    }
}
