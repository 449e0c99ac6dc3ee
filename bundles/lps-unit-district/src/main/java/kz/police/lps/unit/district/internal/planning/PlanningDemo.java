package kz.police.lps.unit.district.internal.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.calendar.ReportingPeriod;
import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.org.OrgUnit;
import kz.police.lps.unit.district.internal.appointment.Appointments;
import kz.police.lps.unit.district.internal.appointment.CandidateKind;
import kz.police.lps.unit.district.internal.appointment.NewAppointmentCase;
import kz.police.lps.unit.district.internal.demo.DemoContext;
import kz.police.lps.unit.district.internal.demo.DistrictDemoPart;
import kz.police.lps.unit.district.internal.publicreport.NewPublicReport;
import kz.police.lps.unit.district.internal.publicreport.PublicReports;
import kz.police.lps.unit.district.internal.workplan.NewWorkPlan;
import kz.police.lps.unit.district.internal.workplan.WorkPlan;
import kz.police.lps.unit.district.internal.workplan.WorkPlans;

/**
 * Demo: the first police point of the demo city works to this month's approved plan, its first inspector has held
 * this quarter's report to the population, and a new entrant is a candidate for the city's last precinct with the
 * petition due in a few days. Statements are left to the month's end; the demo logins' own records to the tests.
 */
@Component(service = DistrictDemoPart.class)
public class PlanningDemo implements DistrictDemoPart {

    private static final List<String> PLAN = List.of(
            "Учаскедегі көппәтерлі үйлерді аралау, тұрғындармен танысу",
            "Профилактикалық есептегі адамдарды тұрғылықты жері бойынша тексеру",
            "Мектептерде құқықтық тәрбие бойынша дәріс өткізу");

    private final Appointments appointments;
    private final PublicReports reports;
    private final WorkPlans plans;
    private final WorkingCalendar calendar;

    @Activate
    public PlanningDemo(@Reference Appointments appointments, @Reference PublicReports reports,
            @Reference WorkPlans plans, @Reference WorkingCalendar calendar) {
        this.appointments = appointments;
        this.reports = reports;
        this.plans = plans;
        this.calendar = calendar;
    }

    @Override
    public String name() {
        return "planning";
    }

    @Override
    public void load(DemoContext context) {
        LocalDate today = LocalDate.now(calendar.zone());
        if (context.points().isEmpty() || context.precincts().isEmpty()) {
            return;
        }
        OrgUnit point = context.points().get(0);
        Set<Long> precinctsOfPoint = context.precincts().stream().filter(p -> point.id().equals(p.parentId()))
                .map(OrgUnit::id).collect(Collectors.toSet());
        List<Officer> staff = context.precinctInspectors().stream()
                .filter(o -> precinctsOfPoint.contains(o.departmentId())).toList();
        if (!staff.isEmpty()) {
            plan(context, point, staff, today);
            Officer first = staff.get(0);
            ReportingPeriod quarter = ReportingPeriod.containing(today, ReportingPeriod.Kind.QUARTER);
            LocalDate heldOn = today.minusDays(5).isBefore(quarter.start()) ? quarter.start() : today.minusDays(5);
            reports.record(context.caller(), new NewPublicReport(first.id(), first.departmentId(), null, heldOn,
                    "Мәдениет үйінің мәжіліс залы", 37,
                    "Учаскеде тоқсан ішінде тіркелген құқық бұзушылықтар және олардың алдын алу",
                    "Қоғамдық кеңеспен және ерікті жасақпен бірлескен жұмыс",
                    "Әкімдікпен, мектептермен және пәтер иелерінің бірлестіктерімен өзара іс-қимыл",
                    "Интернет-алаяқтықтан сақтану туралы түсіндіру",
                    "Аулалардағы жарықтандыру, жасөспірімдердің кешкі уақыттағы жүрісі",
                    "Әкімдікке жарықтандыру туралы ұсыныс жіберу"));
        }
        OrgUnit vacancy = context.precincts().get(context.precincts().size() - 1);
        appointments.open(context.caller(), new NewAppointmentCase(vacancy.id(), CandidateKind.NEW_ENTRANT,
                "Жұмабеков Нұрлан Асқарұлы", null, null, today.minusDays(2)));
    }

    /** This month's plan of the point, approved (late, being approved within the month: as it happened). */
    private void plan(DemoContext context, OrgUnit point, List<Officer> staff, LocalDate today) {
        ReportingPeriod month = ReportingPeriod.containing(today, ReportingPeriod.Kind.MONTH);
        List<NewWorkPlan.Item> items = new ArrayList<>();
        for (int i = 0; i < PLAN.size(); i++) {
            LocalDate due = today.plusDays(3L + 4L * i);
            items.add(new NewWorkPlan.Item(PLAN.get(i), staff.get(i % staff.size()).id(),
                    due.isAfter(month.end()) ? month.end() : due));
        }
        WorkPlan draft = plans.draft(context.caller(), new NewWorkPlan(point.id(), month.toString(), items));
        plans.approve(context.caller(), draft.id(), draft.version());
    }
}
