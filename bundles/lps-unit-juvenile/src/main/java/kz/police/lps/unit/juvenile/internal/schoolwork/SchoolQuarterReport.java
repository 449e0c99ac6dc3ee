package kz.police.lps.unit.juvenile.internal.schoolwork;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.audit.AuditAction;
import kz.police.lps.core.api.audit.AuditOutcome;
import kz.police.lps.core.api.audit.AuditService;
import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.report.ReportChart;
import kz.police.lps.core.api.report.ReportColumn;
import kz.police.lps.core.api.report.ReportContext;
import kz.police.lps.core.api.report.ReportDefinition;
import kz.police.lps.core.api.report.ReportTable;
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;
import kz.police.lps.unit.juvenile.internal.JuvenileSchema;
import kz.police.lps.unit.juvenile.internal.school.SchoolEntity;

/**
 * {@code juvenile.school-quarter-statement}: per school of the department and per academic quarter overlapping the
 * period (the academic calendar's quarters, not calendar ones), the students' incidents by kind, the prevention
 * councils, the joint plan's items done of all and whether the quarter's statement is issued (N-J12, L1128-1133),
 * with a bar chart of incidents and councils per school and quarter.
 */
@Component(service = ReportDefinition.class)
public class SchoolQuarterReport implements ReportDefinition {

    private static final LocalizedText TITLE = new LocalizedText(
            "Оқушылар арасындағы құқық бұзушылықтар: оқу тоқсаны бойынша мектептер анықтамасы",
            "Правонарушения среди учащихся: справка по школам за учебную четверть",
            "Offending among students: quarterly school statement");
    private static final LocalizedText TOTAL = new LocalizedText("Барлығы", "Итого", "Total");

    private final JpaTemplate jpa;
    private final AcademicCalendar academic;
    private final AuditService audit;

    @Activate
    public SchoolQuarterReport(@Reference(target = JuvenileSchema.JPA) JpaTemplate jpa,
            @Reference(target = JuvenileSchema.TARGET) SchemaReady schema, @Reference AcademicCalendar academic,
            @Reference AuditService audit) {
        this.jpa = jpa;
        this.academic = academic;
        this.audit = audit;
    }

    @Override
    public String id() {
        return "juvenile.school-quarter-statement";
    }

    @Override
    public String unitId() {
        return JuvenileAccess.UNIT;
    }

    @Override
    public LocalizedText title() {
        return TITLE;
    }

    /** The unit's own roles (and lps-admin): the report counts minors' records. */
    @Override
    public Set<String> roles() {
        return Set.of(JuvenileAccess.UNIT + "-*");
    }

    @Override
    public ReportTable compute(ReportContext ctx) {
        ctx.progress().total(1);
        String scope = ctx.scope().pathPrefix() == null ? "\u0000" : ctx.scope().pathPrefix();
        List<AcademicQuarter> quarters = academic.all().stream().filter(q -> ctx.period() == null
                || (!q.startsOn().isAfter(ctx.period().end()) && !q.endsOn().isBefore(ctx.period().start())))
                .toList();
        ReportTable.Builder table = ReportTable.builder(TITLE)
                .column(ReportColumn.text("label", new LocalizedText("Мектеп, тоқсан", "Школа, четверть",
                        "School, quarter")))
                .column(ReportColumn.text("school", new LocalizedText("Мектеп", "Школа", "School")))
                .column(ReportColumn.text("quarter", new LocalizedText("Оқу тоқсаны", "Учебная четверть",
                        "Academic quarter")))
                .column(ReportColumn.integer("administrative", IncidentKind.ADMINISTRATIVE_OFFENCE.label()))
                .column(ReportColumn.integer("criminal", IncidentKind.CRIMINAL_OFFENCE.label()))
                .column(ReportColumn.integer("antisocial", IncidentKind.ANTISOCIAL_ACT.label()))
                .column(ReportColumn.integer("substances", new LocalizedText("Алкоголь, психотроптық, есеңгірететін "
                        + "заттар", "Алкоголь, психотропные, одурманивающие вещества",
                        "Alcohol, psychotropic, intoxicating substances")))
                .column(ReportColumn.integer("incidents", new LocalizedText("Барлық оқиғалар", "Всего случаев",
                        "Incidents")))
                .column(ReportColumn.integer("councils", new LocalizedText("Алдын алу кеңестері",
                        "Советы профилактики", "Prevention councils")))
                .column(ReportColumn.integer("itemsDone", new LocalizedText("Орындалған іс-шаралар",
                        "Выполнено мероприятий", "Plan items done")))
                .column(ReportColumn.integer("itemsTotal", new LocalizedText("Жоспардағы іс-шаралар",
                        "Мероприятий в плане", "Plan items")))
                .column(ReportColumn.integer("statements", new LocalizedText("Анықтама", "Справка",
                        "Statement issued")));
        jpa.txExpr(TransactionType.Supports, em -> {
            List<SchoolEntity> schools = em.createQuery("SELECT s FROM SchoolEntity s WHERE s.departmentPath LIKE "
                    + ":scope ORDER BY s.name, s.id", SchoolEntity.class).setParameter("scope", scope + "%")
                    .getResultList();
            for (AcademicQuarter q : quarters) {
                Map<Long, long[]> kinds = new HashMap<>();
                em.createQuery("SELECT e.schoolId, e.kind, COUNT(e) FROM StudentIncidentEntity e WHERE "
                        + "e.departmentPath LIKE :scope AND e.occurredOn >= :f AND e.occurredOn <= :t GROUP BY "
                        + "e.schoolId, e.kind", Object[].class).setParameter("scope", scope + "%")
                        .setParameter("f", q.startsOn()).setParameter("t", q.vacationTo()).getResultList()
                        .forEach(r -> kinds.computeIfAbsent((Long) r[0], k -> new long[IncidentKind.values().length])
                                [((IncidentKind) r[1]).ordinal()] += ((Number) r[2]).longValue());
                Map<Long, Long> councils = counts(em.createQuery("SELECT i.schoolId, COUNT(c) FROM "
                        + "PreventionCouncilEntity c, StudentIncidentEntity i WHERE c.incidentId = i.id AND "
                        + "i.departmentPath LIKE :scope AND i.occurredOn >= :f AND i.occurredOn <= :t GROUP BY "
                        + "i.schoolId", Object[].class).setParameter("scope", scope + "%")
                        .setParameter("f", q.startsOn()).setParameter("t", q.vacationTo()).getResultList());
                Map<Long, Long> total = counts(em.createQuery("SELECT p.schoolId, COUNT(i) FROM JointPlanEntity p, "
                        + "JointPlanItemEntity i WHERE i.planId = p.id AND p.departmentPath LIKE :scope AND "
                        + "p.startYear = :y AND p.quarterNo = :q GROUP BY p.schoolId", Object[].class)
                        .setParameter("scope", scope + "%").setParameter("y", q.startYear())
                        .setParameter("q", q.quarter()).getResultList());
                Map<Long, Long> done = counts(em.createQuery("SELECT p.schoolId, COUNT(i) FROM JointPlanEntity p, "
                        + "JointPlanItemEntity i WHERE i.planId = p.id AND i.doneOn IS NOT NULL AND "
                        + "p.departmentPath LIKE :scope AND p.startYear = :y AND p.quarterNo = :q GROUP BY "
                        + "p.schoolId", Object[].class).setParameter("scope", scope + "%")
                        .setParameter("y", q.startYear()).setParameter("q", q.quarter()).getResultList());
                Map<Long, Long> statements = counts(em.createQuery("SELECT s.schoolId, COUNT(s) FROM "
                        + "QuarterStatementEntity s WHERE s.departmentPath LIKE :scope AND s.startYear = :y AND "
                        + "s.quarterNo = :q GROUP BY s.schoolId", Object[].class).setParameter("scope", scope + "%")
                        .setParameter("y", q.startYear()).setParameter("q", q.quarter()).getResultList());
                for (SchoolEntity s : schools) {
                    long[] k = kinds.getOrDefault(s.getId(), new long[IncidentKind.values().length]);
                    long substances = k[IncidentKind.ALCOHOL.ordinal()] + k[IncidentKind.PSYCHOTROPIC.ordinal()]
                            + k[IncidentKind.INTOXICATING.ordinal()];
                    long all = java.util.Arrays.stream(k).sum();
                    table.row(s.getName() + ", " + q.code(), s.getName(), q.code(),
                            k[IncidentKind.ADMINISTRATIVE_OFFENCE.ordinal()],
                            k[IncidentKind.CRIMINAL_OFFENCE.ordinal()], k[IncidentKind.ANTISOCIAL_ACT.ordinal()],
                            substances, all, councils.getOrDefault(s.getId(), 0L), done.getOrDefault(s.getId(), 0L),
                            total.getOrDefault(s.getId(), 0L), statements.getOrDefault(s.getId(), 0L));
                }
            }
            return null;
        });
        table.sumTotals(TOTAL);
        if (table.rowCount() > 0) {
            table.chart(ReportChart.bars(new LocalizedText("Оқиғалар мен кеңестер", "Случаи и советы профилактики",
                    "Incidents and councils"), "label", "incidents", "councils"));
        }
        audit.record(ctx.caller(), AuditAction.READ, AuditOutcome.SUCCESS, QuarterStatements.SUBJECT, null,
                ctx.departmentId(), "report " + id() + " " + ctx.period());
        ctx.progress().advance();
        return table.build();
    }

    private static Map<Long, Long> counts(List<Object[]> rows) {
        Map<Long, Long> m = new HashMap<>();
        rows.forEach(r -> m.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return m;
    }
}
