package kz.police.lps.unit.juvenile.internal.schoolwork;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.norm.NormService;
import kz.police.lps.core.api.norm.RunNorms;
import kz.police.lps.core.api.task.NewTask;
import kz.police.lps.core.api.task.TaskSource;
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;
import kz.police.lps.unit.juvenile.internal.JuvenileSchema;
import kz.police.lps.unit.juvenile.internal.school.Schools;

/**
 * The recurring tasks of the school prevention cycle (WF-J8), on the academic calendar's dates — never calendar
 * quarters — for every school with a school inspector (its control file kept by a school inspector, BR-J18):
 * <ul>
 * <li>the next academic quarter's joint plan (N-J11, L830-842): from {@code juvenile.school.joint-plan.lead-time}
 * days before the quarter starts, due the day before it starts, for the file's keeper, unless the plan exists;</li>
 * <li>the statement of the current academic quarter (N-J12, L1128-1133): due at the end of the quarter's last school
 * day, for the keeper, unless issued;</li>
 * <li>the annual review (N-J13, L1134-1138), once the academic year's last quarter has ended: for the head of each
 * department with such schools, due by {@code juvenile.school.annual-review.deadline}, unless recorded.</li>
 * </ul>
 */
@Component(service = TaskSource.class)
public class SchoolCycleObligations implements TaskSource {

    static final String LEAD_NORM = "juvenile.school.joint-plan.lead-time";
    static final String REVIEW_NORM = "juvenile.school.annual-review.deadline";
    public static final String DEPARTMENT = "org.department";

    private final JpaTemplate jpa;
    private final AcademicCalendar academic;
    private final NormService norms;
    private final WorkingCalendar calendar;

    @Activate
    public SchoolCycleObligations(@Reference(target = JuvenileSchema.JPA) JpaTemplate jpa,
            @Reference(target = JuvenileSchema.TARGET) SchemaReady schema, @Reference AcademicCalendar academic,
            @Reference NormService norms, @Reference WorkingCalendar calendar) {
        this.jpa = jpa;
        this.academic = academic;
        this.norms = norms;
        this.calendar = calendar;
    }

    @Override
    public String id() {
        return "juvenile.school-cycle";
    }

    @Override
    public String unitId() {
        return JuvenileAccess.UNIT;
    }

    static String planKey(long schoolId, AcademicQuarter q) {
        return SchoolTasks.JOINT_PLAN + ":" + schoolId + ":" + q.code();
    }

    static String statementKey(long schoolId, AcademicQuarter q) {
        return SchoolTasks.QUARTER_STATEMENT + ":" + schoolId + ":" + q.code();
    }

    static String reviewKey(long departmentId, int startYear) {
        return SchoolTasks.ANNUAL_REVIEW + ":" + departmentId + ":" + startYear + "/" + (startYear + 1);
    }

    @Override
    public Stream<NewTask> tasks(LocalDate today) {
        List<AcademicQuarter> all = academic.all();
        List<ControlFileEntity> files = jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT f FROM ControlFileEntity f WHERE f.keeperKind = :k ORDER BY f.schoolId", ControlFileEntity.class)
                .setParameter("k", KeeperKind.SCHOOL_INSPECTOR).getResultList());
        if (files.isEmpty() || all.isEmpty()) {
            return Stream.empty();
        }
        RunNorms run = new RunNorms(norms);
        List<NewTask> out = new ArrayList<>();
        Optional<AcademicQuarter> next = AcademicYearRules.nextAfter(all, today);
        if (next.isPresent()) {
            AcademicQuarter q = next.get();
            Set<Long> planned = schoolsWith("JointPlanEntity", q);
            for (ControlFileEntity f : files) {
                int lead = run.intValue(LEAD_NORM, f.getDepartmentId(), f.getDepartmentPath());
                if (planned.contains(f.getSchoolId()) || today.isBefore(q.startsOn().minusDays(lead))) {
                    continue;
                }
                out.add(NewTask.dueAt(unitId(), SchoolTasks.JOINT_PLAN, "Бірлескен іс-шаралар жоспары / план "
                        + "совместных мероприятий " + q.code() + " (с " + q.startsOn() + ")", Schools.SUBJECT,
                        f.getSchoolId(), f.getDepartmentId(), f.getKeeperId(),
                        calendar.endOf(q.startsOn().minusDays(1))).withOriginKey(planKey(f.getSchoolId(), q)));
            }
        }
        Optional<AcademicQuarter> current = AcademicYearRules.quarterOn(all, today);
        if (current.isPresent()) {
            AcademicQuarter q = current.get();
            Set<Long> issued = schoolsWith("QuarterStatementEntity", q);
            for (ControlFileEntity f : files) {
                if (!issued.contains(f.getSchoolId())) {
                    out.add(NewTask.dueAt(unitId(), SchoolTasks.QUARTER_STATEMENT, "Оқу тоқсанының анықтамасы / "
                            + "справка по итогам учебной четверти " + q.code() + " (до " + q.endsOn() + ")",
                            Schools.SUBJECT, f.getSchoolId(), f.getDepartmentId(), f.getKeeperId(),
                            calendar.endOf(q.endsOn())).withOriginKey(statementKey(f.getSchoolId(), q)));
                }
            }
        }
        // the academic year whose last quarter ended most recently, within the year past
        all.stream().filter(q -> q.quarter() == 4 && q.endsOn().isBefore(today)
                && !q.endsOn().plusYears(1).isBefore(today)).reduce((a, b) -> b).ifPresent(last -> {
                    Set<Long> reviewed = new HashSet<>(jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                            "SELECT r.departmentId FROM AnnualReviewEntity r WHERE r.startYear = :y", Long.class)
                            .setParameter("y", last.startYear()).getResultList()));
                    Set<Long> seen = new HashSet<>();
                    for (ControlFileEntity f : files) {
                        if (reviewed.contains(f.getDepartmentId()) || !seen.add(f.getDepartmentId())) {
                            continue;
                        }
                        out.add(NewTask.byNorm(unitId(), SchoolTasks.ANNUAL_REVIEW, "Мектептермен бірлескен "
                                + "жұмыстың жылдық қорытындысы / годовое рассмотрение совместной работы со школами "
                                + last.startYear() + "/" + (last.startYear() + 1), DEPARTMENT, f.getDepartmentId(),
                                f.getDepartmentId(), null, REVIEW_NORM, calendar.endOf(last.endsOn()))
                                .withOriginKey(reviewKey(f.getDepartmentId(), last.startYear())));
                    }
                });
        return out.stream();
    }

    private Set<Long> schoolsWith(String entity, AcademicQuarter q) {
        return new HashSet<>(jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT e.schoolId FROM "
                + entity + " e WHERE e.startYear = :y AND e.quarterNo = :q", Long.class)
                .setParameter("y", q.startYear()).setParameter("q", q.quarter()).getResultList()));
    }
}
