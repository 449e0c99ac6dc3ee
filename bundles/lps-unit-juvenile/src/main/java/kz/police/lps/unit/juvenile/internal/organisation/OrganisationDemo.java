package kz.police.lps.unit.juvenile.internal.organisation;

import java.util.Comparator;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.org.OfficerService;
import kz.police.lps.core.api.org.OfficerStatus;
import kz.police.lps.core.api.org.OrgUnit;
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;
import kz.police.lps.unit.juvenile.internal.demo.JuvenileDemoContext;
import kz.police.lps.unit.juvenile.internal.demo.JuvenileDemoPart;
import kz.police.lps.unit.juvenile.internal.school.School;
import kz.police.lps.unit.juvenile.internal.school.SchoolInput;
import kz.police.lps.unit.juvenile.internal.school.Schools;
import kz.police.lps.unit.juvenile.internal.school.ShiftMode;

/**
 * Demo: the city unit's organisation (a head post, premises with telephone and radio in the IAB building), the minors
 * living in the city's first two precincts (by serial number), the demo inspector assigned to the first one, and a
 * school inspector assigned to a single-shift school together with its adjacent precinct, the second one (N-J3
 * allows it). The other precincts stay free for tests.
 */
@Component(service = JuvenileDemoPart.class)
public class OrganisationDemo implements JuvenileDemoPart {

    private final UnitOrganisation organisation;
    private final Assignments assignments;
    private final Schools schools;
    private final OfficerService officers;

    @Activate
    public OrganisationDemo(@Reference UnitOrganisation organisation, @Reference Assignments assignments,
            @Reference Schools schools, @Reference OfficerService officers) {
        this.organisation = organisation;
        this.assignments = assignments;
        this.schools = schools;
        this.officers = officers;
    }

    @Override
    public String name() {
        return "organisation";
    }

    @Override
    public void load(JuvenileDemoContext ctx) {
        List<OrgUnit> precincts = ctx.precincts().stream().sorted(Comparator.comparing(OrgUnit::code)).toList();
        if (precincts.size() < 2) {
            return;
        }
        long unit = ctx.unitNode().id();
        organisation.update(ctx.caller(), unit, null, new OrganisationInput(true, ctx.head().id(), null,
                "Абай даңғылы, 12, 104-кабинет / пр. Абая, 12, каб. 104", true, true, PremisesLocation.IN_BUILDING));
        OrgUnit first = precincts.get(0);
        OrgUnit second = precincts.get(1);
        organisation.updatePrecinct(ctx.caller(), first.id(), null, new PrecinctInput(640));
        organisation.updatePrecinct(ctx.caller(), second.id(), null, new PrecinctInput(410));
        assignments.assign(ctx.caller(), new NewAssignment(ctx.inspector().id(), AssignmentType.PRECINCT, first.id(),
                null, "112-ж", ctx.today().minusMonths(3), "Қала ПБ бастығы / начальник УП города",
                "ЖПҚ ғимараты, 3-кабинет / здание МПС, каб. 3", null));
        School school = schools.create(ctx.caller(), new SchoolInput(unit, "№ 27 жалпы білім беретін мектеп",
                "Сейфуллин көшесі, 40", ShiftMode.SINGLE, 860, second.id(), "Жұмабаева Г.Т.", "+7 7172 21-40-27",
                true));
        Officer schoolInspector = officers.create(ctx.caller(), new Officer(null, "DEMO-JUV-S1", "Серікова", "Айгерім",
                "Болатқызы", "полиция капитаны", "мектеп инспекторы / школьный инспектор", unit,
                JuvenileAccess.UNIT, OfficerStatus.ACTIVE, null, List.of(), null));
        assignments.assign(ctx.caller(), new NewAssignment(schoolInspector.id(), AssignmentType.SCHOOL, second.id(),
                school.id(), "113-ж", ctx.today().minusMonths(3), "Қала ПБ бастығы / начальник УП города",
                "Мектеп берген кабинет / кабинет, предоставленный школой", null));
    }
}
