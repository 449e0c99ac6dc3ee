package kz.police.lps.unit.juvenile.internal.schoolwork;

import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.unit.juvenile.internal.demo.JuvenileDemoContext;
import kz.police.lps.unit.juvenile.internal.demo.JuvenileDemoPart;
import kz.police.lps.unit.juvenile.internal.school.School;
import kz.police.lps.unit.juvenile.internal.school.SchoolInput;
import kz.police.lps.unit.juvenile.internal.school.Schools;
import kz.police.lps.unit.juvenile.internal.school.ShiftMode;

/**
 * Demo school prevention: a school of the demo city with its control file kept by the demo inspector as its school
 * inspector, the joint plan of the current (or next) academic quarter approved by the school and the police, and a
 * legal lecture — written through the area's services as the platform caller.
 */
@Component(service = JuvenileDemoPart.class)
public class SchoolWorkDemo implements JuvenileDemoPart {

    private final Schools schools;
    private final ControlFiles files;
    private final JointPlans plans;
    private final SchoolEvents events;
    private final AcademicCalendar academic;

    @Activate
    public SchoolWorkDemo(@Reference Schools schools, @Reference ControlFiles files, @Reference JointPlans plans,
            @Reference SchoolEvents events, @Reference AcademicCalendar academic) {
        this.schools = schools;
        this.files = files;
        this.plans = plans;
        this.events = events;
        this.academic = academic;
    }

    @Override
    public String name() {
        return "school-prevention";
    }

    @Override
    public void load(JuvenileDemoContext ctx) {
        var caller = ctx.caller();
        long inspector = ctx.inspector().id();
        School school = schools.create(caller, new SchoolInput(ctx.inspector().departmentId(),
                "№ 12 жалпы білім беретін мектеп-гимназия", "Тәуелсіздік көшесі, 12", ShiftMode.SINGLE, 940,
                null, "Жұмабаева Әсел Қанатқызы", "+7 7172 00 12 12", true));
        files.open(caller, school.id(), new ControlFileDtos.NewControlFile(inspector, KeeperKind.SCHOOL_INSPECTOR,
                StorageLocation.SCHOOL, ctx.today()));
        List<AcademicQuarter> all = academic.all();
        Optional<AcademicQuarter> quarter = AcademicYearRules.quarterOn(all, ctx.today())
                .or(() -> AcademicYearRules.nextAfter(all, ctx.today()));
        if (quarter.isPresent()) {
            AcademicQuarter q = quarter.get();
            JointPlanDtos.JointPlan plan = plans.create(caller, new JointPlanDtos.NewJointPlan(school.id(),
                    q.startYear(), q.quarter(), inspector, "Демо", List.of(
                            new JointPlanDtos.NewItem(PlanItemType.INDIVIDUAL_WORK,
                                    "Профилактикалық есептегі оқушылармен және ата-аналарымен жеке жұмыс",
                                    q.startsOn(), q.endsOn(), "КТІ УПИ, сынып жетекшілері"),
                            new JointPlanDtos.NewItem(PlanItemType.LEGAL_LITERACY,
                                    "«Заң және жауапкершілік» сынып сағаттары", q.startsOn(), q.endsOn(),
                                    "КТІ УПИ"),
                            new JointPlanDtos.NewItem(PlanItemType.RAIDS, "«Түнгі қала» рейдтері", q.startsOn(),
                                    q.endsOn(), "КТІ УПИ, ата-аналар комитеті"),
                            new JointPlanDtos.NewItem(PlanItemType.VACATION,
                                    "Каникул кезіндегі демалыс пен жұмыспен қамтуды ұйымдастыру", q.vacationFrom(),
                                    q.vacationTo(), "Тәрбие ісі жөніндегі орынбасар"))));
            JointPlanDtos.JointPlan bySchool = plans.approveBySchool(caller, plan.id(), plan.version(),
                    new JointPlanDtos.SchoolApproval("Жұмабаева Әсел Қанатқызы", ctx.today()));
            plans.approveByPolice(caller, plan.id(), bySchool.version(),
                    new JointPlanDtos.PoliceApproval(ctx.today()));
        }
        events.record(caller, new SchoolEvents.NewSchoolEvent(school.id(), SchoolEventKind.LEGAL_LECTURE,
                ctx.today(), "Кәмелетке толмағандардың әкімшілік және қылмыстық жауапкершілігі",
                "8-11 сынып оқушыларына дәріс", 120, true, inspector));
    }
}
