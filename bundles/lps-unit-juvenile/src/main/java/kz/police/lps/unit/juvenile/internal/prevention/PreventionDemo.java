package kz.police.lps.unit.juvenile.internal.prevention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.police.lps.core.api.person.Person;
import kz.police.lps.core.api.register.RegisterService;
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;
import kz.police.lps.unit.juvenile.internal.demo.JuvenileDemoContext;
import kz.police.lps.unit.juvenile.internal.demo.JuvenileDemoPart;
import kz.police.lps.unit.juvenile.internal.inbound.InboundNotices;
import kz.police.lps.unit.juvenile.internal.inbound.NewInboundNotice;
import kz.police.lps.unit.juvenile.internal.inbound.NoticeKind;

/**
 * Demo: two minors on the register of minors (a protective order; a non-custodial preventive measure) entered in the
 * journal, with a home visit and a living-conditions act; a parent on the parents' register; the investigator's
 * statement on the second minor received a day late. Minors are taken from the end of the context's list, away from
 * other areas' picks, and only those not yet on the register.
 */
@Component(service = JuvenileDemoPart.class)
public class PreventionDemo implements JuvenileDemoPart {

    private static final Logger LOG = LoggerFactory.getLogger(PreventionDemo.class);

    private final PreventionJournal journal;
    private final PreventiveFiles files;
    private final InboundNotices notices;
    private final RegisterService registers;

    @Activate
    public PreventionDemo(@Reference PreventionJournal journal, @Reference PreventiveFiles files,
            @Reference InboundNotices notices, @Reference RegisterService registers) {
        this.journal = journal;
        this.files = files;
        this.notices = notices;
        this.registers = registers;
    }

    @Override
    public String name() {
        return "prevention";
    }

    @Override
    public void load(JuvenileDemoContext c) {
        List<Person> minors = new ArrayList<>();
        for (int i = c.minors().size() - 1; i >= 0 && minors.size() < 2; i--) {
            Person p = c.minors().get(i);
            if (p.birthDate() != null && ReviewAge.ageOn(p.birthDate(), c.today()) >= 12
                    && ReviewAge.ageOn(p.birthDate(), c.today()) <= 16 && unregistered(p)) {
                minors.add(p);
            }
        }
        Person parent = c.adults().isEmpty() ? null : c.adults().get(c.adults().size() - 1);
        if (minors.size() < 2 || parent == null || !unregistered(parent)) {
            LOG.info("Prevention demo skipped: too few minors or adults in the demo region");
            return;
        }
        long dept = c.unitNode().id();
        long officer = c.inspector().id();
        LocalDate started = c.today().minusDays(20);
        JournalEntry first = journal.register(c.caller(), new NewJournalEntry(Journal.MINORS.registerId(),
                minors.get(0).id(), Journal.MINORS.registerId() + ".protective-order",
                "Қорғау нұсқамасы № 14 / защитное предписание № 14", started.minusDays(1), dept, officer, started,
                null));
        files.addRecord(c.caller(), first.registrationId(), new NewPreventiveRecord(RecordKind.HOME_VISIT,
                started.plusDays(3), null, "анасы / мать", "Әңгіме өткізілді / проведена беседа", null, officer),
                false);
        files.addRecord(c.caller(), first.registrationId(), new NewPreventiveRecord(null, started.plusDays(3),
                "тұрғылықты жері / по месту жительства", "мектеп педагогі / педагог школы",
                "Тұрмыстық жағдайы қанағаттанарлық / условия удовлетворительные", "Ата-анамен жұмыс / работа с "
                        + "родителями", officer), true);
        LocalDate second = c.today().minusDays(6);
        journal.register(c.caller(), new NewJournalEntry(Journal.MINORS.registerId(), minors.get(1).id(),
                Journal.MINORS.registerId() + ".non-custodial-preventive-measure",
                "Тергеушінің қаулысы / постановление следователя о мере пресечения", second, dept, officer, second,
                null));
        Instant decision = c.today().minusDays(5).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        notices.receive(c.caller(), new NewInboundNotice(NoticeKind.STATEMENT, minors.get(1).id(),
                "Тергеуші / следователь ПБ", "12/3-451", decision, null, decision.plus(4, ChronoUnit.DAYS), null,
                "Ұрлық / кража из магазина", "ҚК 188-б. 1-б. / ч. 1 ст. 188 УК", "Ата-анасының қадағалауы / "
                        + "присмотр родителей", c.today().minusDays(2), "Тергеу кезінде тәртібі қанағаттанарлық / "
                        + "поведение удовлетворительное", null, dept));
        journal.register(c.caller(), new NewJournalEntry(Journal.PARENTS.registerId(), parent.id(),
                Journal.PARENTS.registerId() + ".failing-duties-negative-influence",
                "КТІ баянаты / рапорт ИДН", c.today().minusDays(10), dept, officer, c.today().minusDays(9), null));
    }

    private boolean unregistered(Person p) {
        return registers.history(kz.police.lps.core.api.security.Caller.system(JuvenileAccess.UNIT), p.id()).stream()
                .noneMatch(r -> r.active() && Journal.of(r.registerId()) != null);
    }
}
