package kz.police.lps.unit.juvenile.internal.schoolwork;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.audit.AuditAction;
import kz.police.lps.core.api.audit.AuditOutcome;
import kz.police.lps.core.api.audit.AuditService;
import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.error.NotFoundException;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;
import kz.police.lps.unit.juvenile.internal.JuvenileSchema;

/**
 * The academic calendar: for each academic year its four academic quarters and the vacations after them. The textbook
 * sets the school cycle by academic quarter and academic year (N-J11..N-J13, L830-842, L1128-1138) but gives no
 * dates, so they are data: a CONFIGURABLE default for 2026/2027 is shipped by change set juvenile-50 (not from the
 * textbook) and the head of the unit (or lps-admin) sets the region's own dates over REST. Academic quarters are
 * never calendar quarters.
 */
@Component(service = AcademicCalendar.class)
public class AcademicCalendar {

    public static final String SUBJECT = "juvenile.academic-calendar";

    private final JpaTemplate jpa;
    private final JuvenileAccess access;
    private final AuditService audit;

    @Activate
    public AcademicCalendar(@Reference(target = JuvenileSchema.JPA) JpaTemplate jpa,
            @Reference(target = JuvenileSchema.TARGET) SchemaReady schema, @Reference JuvenileAccess access,
            @Reference AuditService audit) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
    }

    /** Every academic quarter on record, in order (reference data: any reader of the unit). */
    public List<AcademicQuarter> list(Caller caller) {
        access.requireReader(caller, SUBJECT, null);
        return all();
    }

    /** One academic year's quarters; 404 when the year has none. */
    public List<AcademicQuarter> year(Caller caller, int startYear) {
        access.requireReader(caller, SUBJECT, startYear);
        List<AcademicQuarter> year = jpa.txExpr(TransactionType.Supports, em -> yearIn(em, startYear));
        if (year.isEmpty()) {
            throw new NotFoundException(SUBJECT, startYear);
        }
        return year;
    }

    /** Sets (replaces) one academic year's quarters: the unit's head or lps-admin; audited. */
    public List<AcademicQuarter> put(Caller caller, int startYear, AcademicYearInput in) {
        access.requireHead(caller, AuditAction.UPDATE, SUBJECT, startYear);
        List<AcademicQuarter> valid = AcademicYearRules.validate(startYear, in);
        String source = in.source() == null || in.source().isBlank() ? "set by " + caller.username()
                : in.source().strip();
        if (source.length() > 300) {
            throw ValidationException.of("source", "length.max", 300);
        }
        Instant now = Instant.now();
        return jpa.txExpr(TransactionType.Required, em -> {
            List<AcademicQuarterEntity> rows = em.createQuery("SELECT q FROM AcademicQuarterEntity q WHERE "
                    + "q.startYear = :y", AcademicQuarterEntity.class).setParameter("y", startYear).getResultList();
            for (AcademicQuarter q : valid) {
                AcademicQuarterEntity e = rows.stream().filter(r -> r.getQuarterNo() == q.quarter()).findFirst()
                        .orElse(null);
                if (e == null) {
                    e = new AcademicQuarterEntity();
                    e.setStartYear(startYear);
                    e.setQuarterNo(q.quarter());
                    apply(e, q, source, caller, now);
                    em.persist(e);
                } else {
                    apply(e, q, source, caller, now);
                }
            }
            em.flush();
            audit.record(caller, AuditAction.UPDATE, AuditOutcome.SUCCESS, SUBJECT, startYear, null,
                    valid.stream().map(q -> q.code() + " " + q.startsOn() + ".." + q.endsOn() + " vacation "
                            + q.vacationFrom() + ".." + q.vacationTo()).toList().toString());
            return yearIn(em, startYear);
        });
    }

    private static void apply(AcademicQuarterEntity e, AcademicQuarter q, String source, Caller caller, Instant now) {
        e.setStartsOn(q.startsOn());
        e.setEndsOn(q.endsOn());
        e.setVacationFrom(q.vacationFrom());
        e.setVacationTo(q.vacationTo());
        e.setSource(source);
        e.setUpdatedBy(caller.username());
        e.setUpdatedAt(now);
    }

    /** Every quarter on record (system use: task sources, reports). */
    public List<AcademicQuarter> all() {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT q FROM AcademicQuarterEntity q "
                + "ORDER BY q.startYear, q.quarterNo", AcademicQuarterEntity.class).getResultList().stream()
                .map(AcademicCalendar::toDto).toList());
    }

    /** The quarter (with its vacation) covering a day, if the calendar has one. */
    public Optional<AcademicQuarter> quarterOn(LocalDate day) {
        return AcademicYearRules.quarterOn(all(), day);
    }

    /** One quarter inside a transaction: 422 naming the field when the calendar does not have it. */
    public AcademicQuarter quarter(EntityManager em, String field, Integer startYear, Integer quarter) {
        if (startYear == null || quarter == null) {
            throw ValidationException.of(field, "required");
        }
        return yearIn(em, startYear).stream().filter(q -> q.quarter() == quarter).findFirst().orElseThrow(
                () -> ValidationException.of(field, "juvenile.schoolwork.quarter.unknown", startYear + "/"
                        + (startYear + 1) + "-Q" + quarter));
    }

    private static List<AcademicQuarter> yearIn(EntityManager em, int startYear) {
        return em.createQuery("SELECT q FROM AcademicQuarterEntity q WHERE q.startYear = :y ORDER BY q.quarterNo",
                AcademicQuarterEntity.class).setParameter("y", startYear).getResultList().stream()
                .map(AcademicCalendar::toDto).toList();
    }

    static AcademicQuarter toDto(AcademicQuarterEntity e) {
        return new AcademicQuarter(e.getStartYear(), e.getQuarterNo(), e.getStartsOn(), e.getEndsOn(),
                e.getVacationFrom(), e.getVacationTo(), e.getSource(), e.getVersion());
    }
}
