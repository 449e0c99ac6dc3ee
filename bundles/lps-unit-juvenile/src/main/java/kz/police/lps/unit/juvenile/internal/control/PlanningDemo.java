package kz.police.lps.unit.juvenile.internal.control;

import java.time.LocalDate;
import java.time.ZoneId;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.juvenile.internal.demo.JuvenileDemoContext;
import kz.police.lps.unit.juvenile.internal.demo.JuvenileDemoPart;
import kz.police.lps.unit.juvenile.internal.notebook.EntrySource;
import kz.police.lps.unit.juvenile.internal.notebook.JuvenileNotebook;
import kz.police.lps.unit.juvenile.internal.notebook.NewNotebookEntry;
import kz.police.lps.unit.juvenile.internal.notebook.NotebookEntry;
import kz.police.lps.unit.juvenile.internal.outreach.NewOutreach;
import kz.police.lps.unit.juvenile.internal.outreach.OutreachJournal;
import kz.police.lps.unit.juvenile.internal.outreach.OutreachKind;
import kz.police.lps.unit.juvenile.internal.reception.NewReception;
import kz.police.lps.unit.juvenile.internal.reception.NewReceptionSchedule;
import kz.police.lps.unit.juvenile.internal.reception.ReceptionJournal;
import kz.police.lps.unit.juvenile.internal.reception.ReceptionSchedule;
import kz.police.lps.unit.juvenile.internal.reception.ReceptionSchedules;
import kz.police.lps.unit.juvenile.internal.review.NewReview;
import kz.police.lps.unit.juvenile.internal.review.ReviewLevel;
import kz.police.lps.unit.juvenile.internal.review.Reviews;

/**
 * Demo of the daily work and control area: the demo inspector's notebook (a leadership task done, a planned school
 * activity open), an approved reception schedule and one reception, a meeting with the population, and the head's
 * review of the current month. All dated this month, through the area's services as the platform's caller.
 */
@Component(service = JuvenileDemoPart.class)
public class PlanningDemo implements JuvenileDemoPart {

    private final JuvenileNotebook notebook;
    private final ReceptionSchedules schedules;
    private final ReceptionJournal receptions;
    private final OutreachJournal outreach;
    private final Reviews reviews;
    private final WorkingCalendar calendar;

    @Activate
    public PlanningDemo(@Reference JuvenileNotebook notebook, @Reference ReceptionSchedules schedules,
            @Reference ReceptionJournal receptions, @Reference OutreachJournal outreach, @Reference Reviews reviews,
            @Reference WorkingCalendar calendar) {
        this.notebook = notebook;
        this.schedules = schedules;
        this.receptions = receptions;
        this.outreach = outreach;
        this.reviews = reviews;
        this.calendar = calendar;
    }

    @Override
    public String name() {
        return "planning";
    }

    @Override
    public void load(JuvenileDemoContext ctx) {
        Caller caller = ctx.caller();
        long inspector = ctx.inspector().id();
        LocalDate today = ctx.today();
        LocalDate monthStart = today.withDayOfMonth(1);
        NotebookEntry done = notebook.add(caller, new NewNotebookEntry(inspector, EntrySource.LEADERSHIP_TASK,
                "NEGLECT_HOMELESSNESS", "Түнгі рейд: қараусыз қалған балаларды анықтау / ночной рейд по выявлению "
                        + "безнадзорных детей", "ЖПҚ бастығы", monthStart, today));
        notebook.complete(caller, done.id(), done.version(), "2 кәмелетке толмаған анықталды, ата-аналарына берілді");
        notebook.add(caller, new NewNotebookEntry(inspector, EntrySource.PLANNED_ACTIVITY, "SCHOOL_PREVENTION",
                "Мектептегі құқықтық сабақ / правовой урок в школе", null, today, today.plusDays(7)));
        ReceptionSchedule s = schedules.propose(caller, new NewReceptionSchedule(inspector,
                "Сс/Вт 15:00-18:00; Сб/Сб 10:00-13:00", "УПП / участковый пункт", monthStart));
        schedules.approve(caller, s.id(), s.version());
        ZoneId zone = calendar.zone();
        // yesterday morning: the load may run early in the day
        receptions.record(caller, new NewReception(inspector,
                today.minusDays(1).atTime(10, 30).atZone(zone).toInstant(), null,
                "Сейітова Гүлнар", "+7 701 000 00 00", "Баласының сабаққа бармауы / пропуски занятий сыном",
                "Түсіндірілді, мектеппен байланыс / разъяснено, связь со школой", null));
        outreach.record(caller, new NewOutreach(inspector, OutreachKind.POPULATION_MEETING, today,
                "Мектеп акт залы / актовый зал школы", "Балалардың құқықтары, қадағалаусыздықтың алдын алу",
                "УПИ / УУП участка", 40));
        reviews.record(caller, new NewReview(ctx.unitNode().id(), ReviewLevel.UNIT_HEAD, today,
                ctx.head().surname() + " " + ctx.head().name(), "КТІ бастығы / начальник ПДН",
                "Жұмыс дәптері мен анықтамалар тексерілді / проверены тетради и справки", null));
    }
}
