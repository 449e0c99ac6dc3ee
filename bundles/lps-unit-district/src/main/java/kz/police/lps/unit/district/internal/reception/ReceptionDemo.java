package kz.police.lps.unit.district.internal.reception;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.org.OrgUnit;
import kz.police.lps.core.api.person.Person;
import kz.police.lps.unit.district.internal.demo.DemoContext;
import kz.police.lps.unit.district.internal.demo.DistrictDemoPart;
import kz.police.lps.unit.district.internal.information.NewSignificantInfo;
import kz.police.lps.unit.district.internal.information.Sensitivity;
import kz.police.lps.unit.district.internal.information.SignificantInformation;
import kz.police.lps.unit.district.internal.presentation.NewPresentation;
import kz.police.lps.unit.district.internal.presentation.Presentation;
import kz.police.lps.unit.district.internal.presentation.PresentationKind;
import kz.police.lps.unit.district.internal.presentation.Presentations;

/**
 * Demo: every police point of the demo city has an approved reception schedule; at the first point, a few receptions
 * of the last hours (an offence report filed as an application, an appeal, a question answered on the spot), a
 * presentation to a legal entity awaiting its response and an instruction to a resident, and two significant
 * messages, one restricted. The first point's precinct inspectors act, not the demo logins (their records are the
 * tests').
 */
@Component(service = DistrictDemoPart.class)
public class ReceptionDemo implements DistrictDemoPart {

    private final ReceptionSchedules schedules;
    private final ReceptionJournal journal;
    private final Presentations presentations;
    private final SignificantInformation information;
    private final WorkingCalendar calendar;

    @Activate
    public ReceptionDemo(@Reference ReceptionSchedules schedules, @Reference ReceptionJournal journal,
            @Reference Presentations presentations, @Reference SignificantInformation information,
            @Reference WorkingCalendar calendar) {
        this.schedules = schedules;
        this.journal = journal;
        this.presentations = presentations;
        this.information = information;
        this.calendar = calendar;
    }

    @Override
    public String name() {
        return "reception";
    }

    @Override
    public void load(DemoContext context) {
        if (context.points().isEmpty()) {
            return;
        }
        for (int i = 0; i < context.points().size(); i++) {
            OrgUnit point = context.points().get(i);
            ReceptionSchedule draft = schedules.draft(context.caller(), point.id(), new NewReceptionSchedule(
                    List.of(slot(DayOfWeek.TUESDAY, "15:00", "18:00"), slot(DayOfWeek.THURSDAY, "15:00", "18:00"),
                            slot(DayOfWeek.SATURDAY, "10:00", "13:00")),
                    weekdays("09:00", "20:00"), String.format("+7 7172 55 %02d 01", i + 1), "+7 7172 55 00 02",
                    null));
            schedules.approve(context.caller(), point.id(), draft.id(), draft.version());
        }
        OrgUnit point = context.points().get(0);
        List<Officer> staff = context.precinctInspectors().stream()
                .filter(o -> context.precincts().stream().anyMatch(
                        p -> p.id().equals(o.departmentId()) && point.id().equals(p.parentId())))
                .toList();
        if (staff.isEmpty() || context.residents().size() < 3) {
            return;
        }
        Officer officer = staff.get(0);
        Person victim = context.pick(context.residents());
        Person neighbour = context.residents().stream().filter(p -> !p.id().equals(victim.id())).findFirst()
                .orElseThrow();
        Instant now = Instant.now();
        journal.record(context.caller(), new NewReception(point.id(), now.minus(90, ChronoUnit.MINUTES),
                officer.id(), victim.id(), null, null, null, "Подъездтен велосипед ұрланғаны туралы хабарлама",
                "Арыз қабылданды, оқиға орны қаралады", null, ReceptionFiling.OFFENCE_REPORT));
        journal.record(context.caller(), new NewReception(point.id(), now.minus(60, ChronoUnit.MINUTES),
                officer.id(), null, "Омаров Ғалым", "+7 701 555 00 11", "Республика даңғылы 4, 15",
                "Төлқұжатты жоғалту туралы анықтама алу тәртібі", "Түсіндірілді",
                "Халыққа қызмет көрсету орталығы", null));
        journal.record(context.caller(), new NewReception(point.id(), now.minus(30, ChronoUnit.MINUTES),
                officer.id(), neighbour.id(), null, null, null, "Түнгі уақытта аулада шу шығару туралы шағым",
                null, null, ReceptionFiling.APPEAL));

        LocalDate today = LocalDate.now(calendar.zone());
        presentations.issue(context.caller(), new NewPresentation(PresentationKind.PRESENTATION, officer.id(),
                today.minusDays(10), null, "«Демо Маркет» ЖШС", "150840012349", "Республика даңғылы 4",
                "Дүкен алкогольді түнгі уақытта сатады, жанында тәртіп бұзушылықтар жиі тіркеледі",
                "Алкоголь сату уақыты туралы талаптарды сақтау, кіреберісті бейнебақылаумен жабдықтау"));
        Presentation instruction = presentations.issue(context.caller(), new NewPresentation(
                PresentationKind.INSTRUCTION, officer.id(), today.minusDays(20), neighbour.id(), null, null, null,
                "Жертөле есігі құлыпталмайды, онда бөгде адамдар жиналады",
                "Жертөле есігін құлыптау, кілтін пәтер иелері бірлестігіне тапсыру"));
        presentations.respond(context.caller(), instruction.id(), instruction.version(),
                new Presentations.AddresseeResponse(today.minusDays(5), "Есік құлыпталды"));

        information.record(context.caller(), new NewSignificantInfo(officer.id(), today.minusDays(2),
                "Бос тұрған пәтерді жалға алған бөгде адамдар", "Республика даңғылы 4, 22 пәтерде тіркеусіз "
                        + "бірнеше адам тұрады", "Пәтер иелері бірлестігінің төрағасы",
                "Көші-қон қызметі бөлімшесі", Sensitivity.ORDINARY));
        information.record(context.caller(), new NewSignificantInfo(officer.id(), today.minusDays(1),
                "Тіркелмеген діни жиындар", "Жеке үйде апта сайын тіркелмеген жиындар өтеді",
                "Құпия дереккөз", "Экстремизмге қарсы іс-қимыл бөлімшесі", Sensitivity.RESTRICTED));
    }

    private static ReceptionSlot slot(DayOfWeek day, String from, String to) {
        return new ReceptionSlot(day, LocalTime.parse(from), LocalTime.parse(to));
    }

    private static List<ReceptionSlot> weekdays(String from, String to) {
        List<ReceptionSlot> slots = new ArrayList<>();
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY, DayOfWeek.SATURDAY)) {
            slots.add(slot(d, from, to));
        }
        return slots;
    }
}
