package kz.police.lps.unit.district.internal.statement;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.application.ApplicationService;
import kz.police.lps.core.api.calendar.ReportingPeriod;
import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.register.RegisterService;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.district.internal.DistrictSchema;
import kz.police.lps.unit.district.internal.publicreport.PublicReports;

/**
 * The figures of an officer's month, counted from what is recorded (US-21, L437-441): the unit's work notebook and
 * reports to the population, and the core's applications and register checks, read with the caller's rights (so
 * the reads are scoped and audited as any other). Days and instants are taken in the working calendar's zone.
 */
@Component(service = ActivityFigures.class)
public class ActivityFigures {

    private static final int IN_BATCH = 500;

    private final JpaTemplate jpa;
    private final ApplicationService applications;
    private final RegisterService registers;
    private final PublicReports publicReports;
    private final WorkingCalendar calendar;

    @Activate
    public ActivityFigures(@Reference(target = DistrictSchema.JPA) JpaTemplate jpa,
            @Reference(target = DistrictSchema.TARGET) SchemaReady schema, @Reference ApplicationService applications,
            @Reference RegisterService registers, @Reference PublicReports publicReports,
            @Reference WorkingCalendar calendar) {
        this.jpa = jpa;
        this.applications = applications;
        this.registers = registers;
        this.publicReports = publicReports;
        this.calendar = calendar;
    }

    public StatementFigures of(Caller caller, long officerId, ReportingPeriod month) {
        ZoneId zone = calendar.zone();
        Instant from = month.start().atStartOfDay(zone).toInstant();
        Instant to = month.end().plusDays(1).atStartOfDay(zone).toInstant();
        long[] notebook = notebook(officerId, month, from, to);
        return new StatementFigures(notebook[0], notebook[1], decided(caller, officerId, month, from, to),
                checks(caller, officerId, month), publicReports.heldBy(officerId, month.start(), month.end()));
    }

    /**
     * The month's figures of many officers: the unit's own (notebook, public reports) counted at once, one grouped
     * query each per {@value #IN_BATCH} officers; the core's (applications decided, register checks) when an
     * officer's figures are asked for, as the core counts one officer at a time.
     */
    public Month of(List<Long> officerIds, ReportingPeriod month) {
        ZoneId zone = calendar.zone();
        Instant from = month.start().atStartOfDay(zone).toInstant();
        Instant to = month.end().plusDays(1).atStartOfDay(zone).toInstant();
        Map<Long, Long> issued = new HashMap<>();
        Map<Long, Long> done = new HashMap<>();
        for (int i = 0; i < officerIds.size(); i += IN_BATCH) {
            List<Long> chunk = officerIds.subList(i, Math.min(i + IN_BATCH, officerIds.size()));
            jpa.txExpr(TransactionType.Supports, em -> {
                em.createQuery("SELECT e.officerId, COUNT(e) FROM NotebookEntryEntity e WHERE e.officerId IN :o"
                        + " AND e.issuedOn >= :from AND e.issuedOn <= :to GROUP BY e.officerId", Object[].class)
                        .setParameter("o", chunk).setParameter("from", month.start())
                        .setParameter("to", month.end()).getResultList()
                        .forEach(r -> issued.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
                em.createQuery("SELECT e.officerId, COUNT(e) FROM NotebookEntryEntity e WHERE e.officerId IN :o"
                        + " AND e.doneAt >= :from AND e.doneAt < :to GROUP BY e.officerId", Object[].class)
                        .setParameter("o", chunk).setParameter("from", from).setParameter("to", to)
                        .getResultList()
                        .forEach(r -> done.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
                return null;
            });
        }
        return new Month(month, from, to, issued, done, publicReports.heldBy(officerIds, month.start(), month.end()));
    }

    /** The unit's figures of a month counted for many officers; {@link #of} adds the core's for one of them. */
    public final class Month {

        private final ReportingPeriod month;
        private final Instant from;
        private final Instant to;
        private final Map<Long, Long> issued;
        private final Map<Long, Long> done;
        private final Map<Long, Long> reports;

        Month(ReportingPeriod month, Instant from, Instant to, Map<Long, Long> issued, Map<Long, Long> done,
                Map<Long, Long> reports) {
            this.month = month;
            this.from = from;
            this.to = to;
            this.issued = issued;
            this.done = done;
            this.reports = reports;
        }

        /** The officer's figures (one of those counted), the core's read with the caller's rights. */
        public StatementFigures of(Caller caller, long officerId) {
            return new StatementFigures(issued.getOrDefault(officerId, 0L), done.getOrDefault(officerId, 0L),
                    decided(caller, officerId, month, from, to), checks(caller, officerId, month),
                    reports.getOrDefault(officerId, 0L));
        }
    }

    /** Notebook assignments given in the month, and those marked done in it. */
    private long[] notebook(long officerId, ReportingPeriod month, Instant from, Instant to) {
        return jpa.txExpr(TransactionType.Supports, em -> new long[] {
            em.createQuery("SELECT COUNT(e) FROM NotebookEntryEntity e WHERE e.officerId = :o"
                    + " AND e.issuedOn >= :from AND e.issuedOn <= :to", Long.class).setParameter("o", officerId)
                    .setParameter("from", month.start()).setParameter("to", month.end()).getSingleResult(),
            em.createQuery("SELECT COUNT(e) FROM NotebookEntryEntity e WHERE e.officerId = :o"
                    + " AND e.doneAt >= :from AND e.doneAt < :to", Long.class).setParameter("o", officerId)
                    .setParameter("from", from).setParameter("to", to).getSingleResult()});
    }

    /** Applications given to the officer and decided in the month. */
    private long decided(Caller caller, long officerId, ReportingPeriod month, Instant from, Instant to) {
        return applications.countDecided(caller, officerId, from, to);
    }

    /** Checks the officer recorded in the month on the registers the caller may see. */
    private long checks(Caller caller, long officerId, ReportingPeriod month) {
        return registers.countChecksBy(caller, officerId, month.start(), month.end());
    }
}
