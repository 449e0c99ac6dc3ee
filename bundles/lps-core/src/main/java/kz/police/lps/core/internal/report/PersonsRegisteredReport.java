package kz.police.lps.core.internal.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.calendar.ReportingPeriod;
import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.report.ReportChart;
import kz.police.lps.core.api.report.ReportColumn;
import kz.police.lps.core.api.report.ReportContext;
import kz.police.lps.core.api.report.ReportDefinition;
import kz.police.lps.core.api.report.ReportProgress;
import kz.police.lps.core.api.report.ReportTable;
import kz.police.lps.core.api.security.DataScope;
import kz.police.lps.core.api.security.Roles;
import kz.police.lps.core.internal.db.CoreSchema;
import kz.police.lps.core.internal.model.OrgUnitEntity;

/**
 * {@code core.persons-registered}: persons registered (created in {@code LPS_PERSON}) in the period and in the
 * period before, per department of the scope, with a bar chart comparing the departments.
 * <p>
 * The departments compared are the children of the chosen department (or of the top of the caller's scope);
 * a chain of single children is walked down (a city body → its Local Police Service → its units), so the rows are
 * the first level with a choice. Persons owned by a node above that level (or by the department itself) form a row
 * of their own, named after the department. Periods are taken in the working calendar's zone.
 */
@Component(service = ReportDefinition.class)
public class PersonsRegisteredReport implements ReportDefinition {

    static final String ID = "core.persons-registered";
    private static final LocalizedText TITLE = new LocalizedText("Тіркелген адамдар саны бөлімдер бойынша",
            "Количество зарегистрированных лиц по подразделениям", "Persons registered by department");
    private static final LocalizedText DIRECT = new LocalizedText("тікелей", "напрямую", "directly");

    private final JpaTemplate jpa;
    private final WorkingCalendar calendar;

    @Activate
    public PersonsRegisteredReport(@Reference(target = "(osgi.unit.name=lps-core)") JpaTemplate jpa,
            @Reference(target = CoreSchema.TARGET) SchemaReady schema, @Reference WorkingCalendar calendar) {
        this.jpa = jpa;
        this.calendar = calendar;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String unitId() {
        return "core";
    }

    @Override
    public LocalizedText title() {
        return TITLE;
    }

    @Override
    public LocalizedText description() {
        return new LocalizedText(
                "Кезеңде және алдыңғы кезеңде тіркелген адамдар, бөлімдер бойынша, диаграммамен",
                "Лица, зарегистрированные в периоде и в предыдущем периоде, по подразделениям, с диаграммой",
                "Persons registered in the period and in the one before, per department, with a chart");
    }

    /** Anyone who reads persons: unit staff, readers, registrars, auditors (and lps-admin). */
    @Override
    public Set<String> roles() {
        return Set.of("*" + Roles.HEAD_SUFFIX, "*" + Roles.INSPECTOR_SUFFIX, "*" + Roles.VIEWER_SUFFIX,
                "*-assistant", Roles.READER, Roles.REGISTRAR, Roles.AUDITOR);
    }

    /** The rows: the departments compared, and the node persons above them are counted for. */
    record Departments(OrgUnitEntity top, List<OrgUnitEntity> rows) {
    }

    @Override
    public ReportTable compute(ReportContext ctx) {
        ReportProgress progress = ctx.progress();
        progress.total(4);
        ReportingPeriod period = ctx.period();
        ReportingPeriod previous = ReportingPeriod.containing(period.start().minusDays(1), period.kind());
        ZoneId zone = calendar.zone();
        DataScope scope = ctx.scope();

        Departments departments = scope.isNone() ? new Departments(null, List.of())
                : jpa.txExpr(TransactionType.Supports, em -> departments(em, ctx.departmentPath(), scope));
        progress.advance();
        Map<String, Long> now = scope.isNone() ? Map.of() : counts(period, zone, scope);
        progress.advance();
        Map<String, Long> before = scope.isNone() ? Map.of() : counts(previous, zone, scope);
        progress.advance();

        ReportTable.Builder table = ReportTable.builder(TITLE)
                .column(ReportColumn.text("department", ReportLabels.DEPARTMENT))
                .column(ReportColumn.integer("previous", registered(previous)))
                .column(ReportColumn.integer("current", registered(period)))
                .column(ReportColumn.integer("change", new LocalizedText("Өзгеріс", "Изменение", "Change")))
                .column(ReportColumn.decimal("changePercent",
                        new LocalizedText("Өзгеріс, %", "Изменение, %", "Change, %")));
        long allNow = sum(now, null);
        long allBefore = sum(before, null);
        long rowsNow = 0;
        long rowsBefore = 0;
        for (OrgUnitEntity d : departments.rows()) {
            long c = sum(now, d.getPath());
            long p = sum(before, d.getPath());
            rowsNow += c;
            rowsBefore += p;
            table.row(row(name(d), p, c));
        }
        if (allNow - rowsNow != 0 || allBefore - rowsBefore != 0) {
            OrgUnitEntity top = departments.top();
            LocalizedText name = top == null ? ReportLabels.WHOLE_SCOPE : name(top);
            table.row(row(new LocalizedText(name.kk() + " (" + DIRECT.kk() + ")", name.ru() + " (" + DIRECT.ru() + ")",
                    name.en() + " (" + DIRECT.en() + ")"), allBefore - rowsBefore, allNow - rowsNow));
        }
        List<Object> totals = row(null, allBefore, allNow);
        table.totals(totals.toArray());
        table.chart(ReportChart.bars(new LocalizedText(
                "Тіркелген адамдар: " + previous + " және " + period,
                "Зарегистрированные лица: " + previous + " и " + period,
                "Persons registered: " + previous + " and " + period), "department", "previous", "current"));
        progress.advance();
        return table.build();
    }

    private static List<Object> row(LocalizedText name, long previous, long current) {
        BigDecimal percent = previous == 0 ? null
                : BigDecimal.valueOf((current - previous) * 100L).divide(BigDecimal.valueOf(previous), 1,
                        RoundingMode.HALF_UP);
        List<Object> row = new ArrayList<>();
        row.add(name);
        row.add(previous);
        row.add(current);
        row.add(current - previous);
        row.add(percent);
        return row;
    }

    private static LocalizedText registered(ReportingPeriod p) {
        return new LocalizedText("Тіркелді, " + p, "Зарегистрировано, " + p, "Registered, " + p);
    }

    private static LocalizedText name(OrgUnitEntity e) {
        return new LocalizedText(e.getNameKk(), e.getNameRu(), e.getNameEn());
    }

    /** Persons whose department path starts with the prefix (all when null). */
    private static long sum(Map<String, Long> counts, String prefix) {
        long s = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            if (prefix == null || e.getKey().startsWith(prefix)) {
                s += e.getValue();
            }
        }
        return s;
    }

    /** Persons created in the period, by owning department path, within the scope. */
    private Map<String, Long> counts(ReportingPeriod period, ZoneId zone, DataScope scope) {
        Instant from = period.start().atStartOfDay(zone).toInstant();
        Instant to = period.end().plusDays(1).atStartOfDay(zone).toInstant();
        return jpa.txExpr(TransactionType.Supports, em -> {
            String scoped = scope.isAll() ? "" : " AND p.departmentPath LIKE :prefix";
            TypedQuery<Object[]> q = em.createQuery("SELECT p.departmentPath, COUNT(p) FROM PersonEntity p "
                    + "WHERE p.createdAt >= :from AND p.createdAt < :to" + scoped + " GROUP BY p.departmentPath",
                    Object[].class).setParameter("from", from).setParameter("to", to);
            if (!scope.isAll()) {
                q.setParameter("prefix", scope.pathPrefix() + "%");
            }
            Map<String, Long> counts = new HashMap<>();
            for (Object[] r : q.getResultList()) {
                counts.put((String) r[0], ((Number) r[1]).longValue());
            }
            return counts;
        });
    }

    static Departments departments(EntityManager em, String departmentPath, DataScope scope) {
        OrgUnitEntity start = null;
        String path = departmentPath != null ? departmentPath : scope.isAll() ? null : scope.pathPrefix();
        if (path != null) {
            List<OrgUnitEntity> found = em.createQuery("SELECT o FROM OrgUnitEntity o WHERE o.path = :p",
                    OrgUnitEntity.class).setParameter("p", path).getResultList();
            if (found.isEmpty()) {
                return new Departments(null, List.of());
            }
            start = found.get(0);
        }
        List<OrgUnitEntity> level = start != null ? List.of(start)
                : em.createQuery("SELECT o FROM OrgUnitEntity o WHERE o.parentId IS NULL ORDER BY o.code",
                        OrgUnitEntity.class).getResultList();
        OrgUnitEntity top = start != null ? start : level.size() == 1 ? level.get(0) : null;
        while (level.size() == 1) {
            List<OrgUnitEntity> children = em.createQuery(
                    "SELECT o FROM OrgUnitEntity o WHERE o.parentId = :p ORDER BY o.code", OrgUnitEntity.class)
                    .setParameter("p", level.get(0).getId()).getResultList();
            if (children.isEmpty()) {
                break;
            }
            level = children;
        }
        return new Departments(top, level);
    }
}
