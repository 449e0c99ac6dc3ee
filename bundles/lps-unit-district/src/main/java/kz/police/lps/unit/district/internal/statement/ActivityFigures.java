package kz.police.lps.unit.district.internal.statement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.application.Application;
import kz.police.lps.core.api.application.ApplicationQuery;
import kz.police.lps.core.api.application.ApplicationService;
import kz.police.lps.core.api.application.ApplicationStatus;
import kz.police.lps.core.api.calendar.ReportingPeriod;
import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.register.CheckRecord;
import kz.police.lps.core.api.register.Registration;
import kz.police.lps.core.api.register.RegistrationQuery;
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

    /** Applications given to the officer and decided in the month (decided, or closed since). */
    private long decided(Caller caller, long officerId, ReportingPeriod month, Instant from, Instant to) {
        long n = 0;
        for (ApplicationStatus status : List.of(ApplicationStatus.DECIDED, ApplicationStatus.CLOSED)) {
            // decided in the month: received by its end
            ApplicationQuery q = new ApplicationQuery(status, null, null, officerId, null, null, null, null,
                    month.end());
            int offset = 0;
            Page<Application> page;
            do {
                page = applications.search(caller, q, new PageRequest(PageRequest.MAX_LIMIT, offset, List.of()));
                n += page.items().stream().filter(a -> a.decidedAt() != null && !a.decidedAt().isBefore(from)
                        && a.decidedAt().isBefore(to)).count();
                offset += PageRequest.MAX_LIMIT;
            } while (page.hasNext());
        }
        return n;
    }

    /** Checks the officer recorded in the month of the persons on a register they supervise. */
    private long checks(Caller caller, long officerId, ReportingPeriod month) {
        RegistrationQuery q = new RegistrationQuery(null, null, null, null, officerId, null);
        long n = 0;
        int offset = 0;
        Page<Registration> page;
        do {
            page = registers.search(caller, q, new PageRequest(PageRequest.MAX_LIMIT, offset, List.of()));
            for (Registration r : page.items()) {
                for (CheckRecord c : registers.checks(caller, r.id())) {
                    LocalDate day = c.checkedOn();
                    if (Long.valueOf(officerId).equals(c.officerId()) && !day.isBefore(month.start())
                            && !day.isAfter(month.end())) {
                        n++;
                    }
                }
            }
            offset += PageRequest.MAX_LIMIT;
        } while (page.hasNext());
        return n;
    }
}
