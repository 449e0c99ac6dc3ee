package kz.police.lps.unit.juvenile.internal.card;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.person.Person;
import kz.police.lps.core.api.register.RegisterService;
import kz.police.lps.core.api.register.Registration;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.unit.PersonCardContributor;
import kz.police.lps.core.api.unit.PersonCardSection;
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;

/**
 * The juvenile unit's section of the person card. Records about minors are need-to-know (issue 6): a reader with a
 * role of the unit, or {@code lps-admin}, sees the person's registrations on the unit's registers; any other reader
 * learns only that the unit holds a record about the person (a restricted section without content), and nothing at
 * all when it holds none.
 */
@Component(service = PersonCardContributor.class)
public class JuvenileCardSection implements PersonCardContributor {

    private static final LocalizedText TITLE = new LocalizedText("Кәмелетке толмағандар істері жөніндегі инспекторлар",
            "Инспекторы по делам несовершеннолетних", "Juvenile-affairs inspectors");
    private static final String REGISTER_PREFIX = JuvenileAccess.UNIT + ".";

    private final RegisterService registers;

    @Activate
    public JuvenileCardSection(@Reference RegisterService registers) {
        this.registers = registers;
    }

    @Override
    public String unitId() {
        return JuvenileAccess.UNIT;
    }

    @Override
    public Optional<PersonCardSection> section(Caller caller, Person person) {
        boolean reader = caller.isAdmin() || caller.hasAnyUnitRole(JuvenileAccess.UNIT);
        // whether a record exists is the platform's to know; the reader's own read (audited as theirs) follows
        List<Registration> held = ours(registers.history(Caller.system(JuvenileAccess.UNIT), person.id()));
        if (held.isEmpty()) {
            return Optional.empty();
        }
        if (!reader) {
            return Optional.of(new PersonCardSection(JuvenileAccess.UNIT, TITLE, true, null, List.of()));
        }
        List<Map<String, Object>> entries = ours(registers.history(caller, person.id())).stream()
                .map(JuvenileCardSection::entry).toList();
        return Optional.of(PersonCardSection.of(JuvenileAccess.UNIT, TITLE, Map.of("registrations", entries)));
    }

    private static List<Registration> ours(List<Registration> registrations) {
        return registrations.stream().filter(r -> r.registerId().startsWith(REGISTER_PREFIX)).toList();
    }

    private static Map<String, Object> entry(Registration r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("registerId", r.registerId());
        m.put("groundCode", r.groundCode());
        m.put("status", r.status());
        m.put("startedOn", r.startedOn());
        m.put("removedOn", r.removedOn());
        return m;
    }
}
