package kz.police.lps.unit.district.internal.prevention;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.error.LpsException;
import kz.police.lps.core.api.org.OrgUnit;
import kz.police.lps.core.api.person.Person;
import kz.police.lps.core.api.register.NewRegistration;
import kz.police.lps.core.api.register.RegisterService;
import kz.police.lps.core.api.register.Registration;
import kz.police.lps.unit.district.internal.demo.DemoContext;
import kz.police.lps.unit.district.internal.demo.DistrictDemoPart;
import kz.police.lps.unit.district.internal.destructive.DestructiveMovements;
import kz.police.lps.unit.district.internal.destructive.InformationRecipient;
import kz.police.lps.unit.district.internal.destructive.NewInformationReport;
import kz.police.lps.unit.district.internal.firearms.CheckTrigger;
import kz.police.lps.unit.district.internal.firearms.FirearmCheck;
import kz.police.lps.unit.district.internal.firearms.FirearmChecks;
import kz.police.lps.unit.district.internal.firearms.FirearmOwner;
import kz.police.lps.unit.district.internal.firearms.FirearmReport;
import kz.police.lps.unit.district.internal.firearms.NewFirearmCheck;
import kz.police.lps.unit.district.internal.firearms.NewFirearmOwner;
import kz.police.lps.unit.district.internal.firearms.PermitKind;
import kz.police.lps.unit.district.internal.prevention.NewPreventivePlacement.BasisDocument;
import kz.police.lps.unit.district.internal.prevention.NewPreventivePlacement.Convictions;

/**
 * Demo: in the demo city, two persons on the preventive register (one on ground 3 with its convictions) with work
 * entries, one follower of a destructive religious movement with a 10-day information report, and three firearm
 * owners (one checked with the report sent, one with storage violations and the report still due, one not yet
 * checked). Residents are taken from the end of the context's list, away from other areas' picks; a record refused
 * (e.g. the person is on the register already) is skipped.
 */
@Component(service = DistrictDemoPart.class)
public class PreventionDemo implements DistrictDemoPart {

    private static final Logger LOG = LoggerFactory.getLogger(PreventionDemo.class);

    private final PreventiveRegister preventive;
    private final DestructiveMovements movements;
    private final FirearmChecks firearms;
    private final RegisterService registers;
    private final WorkingCalendar calendar;

    @Activate
    public PreventionDemo(@Reference PreventiveRegister preventive, @Reference DestructiveMovements movements,
            @Reference FirearmChecks firearms, @Reference RegisterService registers,
            @Reference WorkingCalendar calendar) {
        this.preventive = preventive;
        this.movements = movements;
        this.firearms = firearms;
        this.registers = registers;
        this.calendar = calendar;
    }

    @Override
    public String name() {
        return "prevention";
    }

    @Override
    public void load(DemoContext c) {
        List<Person> residents = c.residents();
        if (residents.size() < 6 || c.precincts().isEmpty()) {
            LOG.info("Prevention demo skipped: too few residents or precincts in the demo region");
            return;
        }
        LocalDate today = LocalDate.now(calendar.zone());
        long inspector = c.inspector().id();
        Person p1 = residents.get(residents.size() - 1);
        Person p2 = residents.get(residents.size() - 2);
        Person p3 = residents.get(residents.size() - 3);
        OrgUnit precinct = c.precincts().get(0);

        skipRefused("preventive placement", () -> {
            PreventiveFile f = preventive.place(c.caller(), new NewPreventivePlacement(p1.id(),
                    "district.preventive.administrative-supervision", new BasisDocument(BasisKind.COURT_DECISION,
                            "2-1184/2026", today.minusDays(45), "Ақжар қалалық соты"), null, precinct.id(),
                    inspector, today.minusDays(30)));
            preventive.addWork(c.caller(), f.registration().id(), new NewPreventiveWork(today.minusDays(12),
                    PreventiveActivity.HOME_VISIT, null, "Тұрғылықты жерінде болды, шектеулерді сақтайды",
                    inspector));
            preventive.addForensic(c.caller(), f.registration().id(), new NewForensicRegistration(
                    today.minusDays(25), Set.of(ForensicMaterial.PHOTO, ForensicMaterial.FINGERPRINTS), null,
                    inspector));
        });
        skipRefused("ground-3 placement", () -> {
            PreventiveFile f = preventive.place(c.caller(), new NewPreventivePlacement(p2.id(),
                    "district.preventive.released-repeat-convict", new BasisDocument(BasisKind.RELEASE_DECISION,
                            "ЖҚ-77/2026", today.minusDays(20), "ҚАЖ мекемесі"), new Convictions(2,
                            "ҚАЖ ақпараттық орталығының анықтамасы № 2231"), precinct.id(), inspector,
                    today.minusDays(15)));
            preventive.addWork(c.caller(), f.registration().id(), new NewPreventiveWork(today.minusDays(3),
                    PreventiveActivity.JOINT_MEASURE, "Криминалдық полиция", "Бірлескен профилактикалық әңгіме",
                    inspector));
        });
        skipRefused("destructive-movement monitoring", () -> {
            Registration r = registers.place(c.caller(), new NewRegistration(DestructiveMovements.REGISTER, p3.id(),
                    "district.destructive-movements.follower-resident", "ЭҚІ бөлінісінің хаты № 12/845",
                    precinct.id(), inspector, today.minusDays(4), null));
            movements.reportInformation(c.caller(), r.id(), new NewInformationReport("Ақжар қ., Наурыз көшесі 14",
                    "Ақжар қ., Наурыз көшесі 14", "Әйелі, үш баласы", "Жұмыс істемейді, намаз оқуға үйде жиналады",
                    "Жаңа байланыстар анықталған жоқ", InformationRecipient.COUNTER_EXTREMISM_UNIT,
                    "Ақжар ҚПБ экстремизмге қарсы іс-қимыл бөлімшесі", null, inspector));
        });
        for (int i = 0; i < 3; i++) {
            Person owner = residents.get(residents.size() - 4 - i);
            int n = i;
            skipRefused("firearm owner", () -> {
                FirearmOwner o = firearms.register(c.caller(), new NewFirearmOwner(owner.id(),
                        String.format("ДЕМО-%04d", 101 + n), n == 2 ? PermitKind.STORAGE_AND_CARRYING
                                : PermitKind.STORAGE, n == 1 ? "ТОЗ-34, 12 калибр" : "МР-153, 12 калибр",
                        null, owner.precinctId() != null ? owner.precinctId() : precinct.id()));
                if (n == 2) {
                    return; // not yet checked this year
                }
                FirearmCheck check = firearms.recordCheck(c.caller(), o.id(), new NewFirearmCheck(
                        today.minusDays(n == 0 ? 40 : 2), CheckTrigger.ANNUAL, null, false, n == 1,
                        n == 1 ? "Қару сейфте емес, шкафта сақталады" : null,
                        n == 1 ? "Тексеру актісі № 31, фотосуреттер" : null, inspector));
                if (n == 0) {
                    firearms.report(c.caller(), check.id(), check.version(), new FirearmReport(
                            today.minusDays(37), "АҚҚАБ", "313-07"));
                }
            });
        }
    }

    private static void skipRefused(String what, Runnable load) {
        try {
            load.run();
        } catch (LpsException refused) {
            LOG.info("Prevention demo: {} skipped ({})", what, refused.toString());
        }
    }
}
