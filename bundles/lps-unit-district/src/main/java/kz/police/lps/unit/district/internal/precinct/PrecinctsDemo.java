package kz.police.lps.unit.district.internal.precinct;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.org.AbsenceKind;
import kz.police.lps.core.api.org.OrgService;
import kz.police.lps.core.api.org.OrgUnit;
import kz.police.lps.core.api.org.OrgUnitKind;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.unit.district.internal.DistrictAccess;
import kz.police.lps.unit.district.internal.cover.CoverOrders;
import kz.police.lps.unit.district.internal.cover.NewCoverOrder;
import kz.police.lps.unit.district.internal.demo.DemoContext;
import kz.police.lps.unit.district.internal.demo.DistrictDemoPart;

/**
 * Demo: the rural district's police points with their premises (one short of a rest room, one without a vehicle, so
 * the compliance report has something to say), the passports of its first two precincts, the two recorded as
 * neighbours, and the second one's inspector on sick leave for eight working days with the first one covering by
 * the head's order. The rural district only: the city's points stay as the demo loader made them.
 */
@Component(service = DistrictDemoPart.class)
public class PrecinctsDemo implements DistrictDemoPart {

    private static final String RURAL = "DEMO-RURAL";

    private final OrgService org;
    private final PolicePoints points;
    private final PrecinctRegistry precincts;
    private final PrecinctPassport passports;
    private final Precincts lookup;
    private final CoverOrders covers;
    private final WorkingCalendar calendar;

    @Activate
    public PrecinctsDemo(@Reference OrgService org, @Reference PolicePoints points,
            @Reference PrecinctRegistry precincts, @Reference PrecinctPassport passports,
            @Reference Precincts lookup, @Reference CoverOrders covers, @Reference WorkingCalendar calendar) {
        this.org = org;
        this.points = points;
        this.precincts = precincts;
        this.passports = passports;
        this.lookup = lookup;
        this.covers = covers;
        this.calendar = calendar;
    }

    @Override
    public String name() {
        return "precincts";
    }

    @Override
    public void load(DemoContext context) {
        OrgUnit rural = org.findByCode(context.caller(), RURAL).orElse(null);
        if (rural == null) {
            return;
        }
        List<OrgUnit> ruralPoints = org.listUnder(context.caller(), rural.id(), OrgUnitKind.POLICE_POINT,
                DistrictAccess.UNIT, PageRequest.first(PageRequest.MAX_LIMIT)).items();
        for (int i = 0; i < ruralPoints.size(); i++) {
            PolicePoint p = points.get(context.caller(), ruralPoints.get(i).id());
            points.updatePremises(context.caller(), p.nodeId(), p.version(), new Premises(
                    BigDecimal.valueOf(18 + 4L * i), new Rooms(true, true, true, i != 1, true),
                    i == 0 ? BuildingType.STANDALONE : BuildingType.SHARED, true, true, i == 2 ? 0 : 1,
                    "+7 7172 55-0" + (10 + i), "102"));
        }
        List<OrgUnit> ruralPrecincts = org.listUnder(context.caller(), rural.id(), OrgUnitKind.PRECINCT,
                DistrictAccess.UNIT, PageRequest.first(PageRequest.MAX_LIMIT)).items();
        if (ruralPrecincts.size() < 2) {
            return;
        }
        long first = ruralPrecincts.get(0).id();
        long second = ruralPrecincts.get(1).id();
        passports(context, first, "Аудан орталығы: 2 мектеп, аурухана, 14 сауда нүктесі, астық қабылдау кәсіпорны.");
        passports(context, second, "Мал шаруашылығы: 3 шаруа қожалығы, 1 мектеп, фельдшерлік пункт.");
        Precinct p = precincts.get(context.caller(), first);
        precincts.update(context.caller(), first, p.version(), new PrecinctUpdate(null, null, null, null, null,
                List.of(second)));
        Long absent = lookup.inspectorOf(second).orElse(null);
        Long cover = lookup.inspectorOf(first).orElse(null);
        if (absent == null || cover == null) {
            return;
        }
        LocalDate today = LocalDate.now(calendar.zone());
        LocalDate to = calendar.plusWorkingDays(today, 7);
        covers.issue(context.caller(), new NewCoverOrder(absent, null, AbsenceKind.SICK_LEAVE, today, to, cover,
                "47-ж", today, "Демо: көрші учаскенің инспекторы қызмет көрсетеді"));
    }

    private void passports(DemoContext context, long precinct, String socioEconomic) {
        passports.write(context.caller(), precinct, PassportSection.SOCIO_ECONOMIC, 0L, socioEconomic);
        passports.write(context.caller(), precinct, PassportSection.DEMOGRAPHIC, 0L,
                "Тұрғындардың 62 %-ы еңбекке қабілетті жаста, 27 %-ы кәмелетке толмағандар, 11 %-ы зейнеткерлер.");
        passports.write(context.caller(), precinct, PassportSection.LAW_AND_ORDER, 0L,
                "Өткен жылы 9 құқық бұзушылық тіркелді, оның 4-і тұрмыстық, 2-еуі мал ұрлығы.");
    }
}
