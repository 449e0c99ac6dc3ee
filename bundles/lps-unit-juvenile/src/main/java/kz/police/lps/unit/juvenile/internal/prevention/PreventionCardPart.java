package kz.police.lps.unit.juvenile.internal.prevention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.norm.NormService;
import kz.police.lps.core.api.person.Person;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.unit.CardAlert;
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;
import kz.police.lps.unit.juvenile.internal.card.JuvenileCardPart;

/**
 * The person's journal entries on the card: journal and number, category, basis, the registration's state and the
 * review at the review age (read with the reader's rights, audited; the preventive work, acts and forensic
 * registrations are in the accumulation file). Alerts: a registration of a minor up for review ("reached 18 — review"), or one whose
 * review comes within the lead time. The core's own alert per active registration stays beside these.
 */
@Component(service = JuvenileCardPart.class)
public class PreventionCardPart implements JuvenileCardPart {

    private final PreventionJournal journal;
    private final NormService norms;

    @Activate
    public PreventionCardPart(@Reference PreventionJournal journal, @Reference NormService norms) {
        this.journal = journal;
        this.norms = norms;
    }

    @Override
    public String key() {
        return "prevention";
    }

    @Override
    public boolean holds(long personId) {
        return journal.holds(personId);
    }

    @Override
    public List<?> entries(Caller caller, Person person) {
        return show(caller, person).entries();
    }

    @Override
    public List<CardAlert> alerts(Caller caller, Person person) {
        return show(caller, person).alerts();
    }

    @Override
    public Shown show(Caller caller, Person person) {
        List<JournalEntry> entries = journal.ofPerson(caller, person.id());
        if (entries.isEmpty()) {
            return new Shown(List.of(), List.of());
        }
        LocalDate today = journal.today();
        List<Map<String, Object>> out = new ArrayList<>();
        List<CardAlert> alerts = new ArrayList<>();
        for (JournalEntry e : entries) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("registrationId", e.registrationId());
            m.put("journal", e.journal());
            m.put("journalYear", e.journalYear());
            m.put("journalNo", e.journalNo());
            m.put("groundCode", e.groundCode());
            m.put("basisDocument", e.basisDocument());
            m.put("registeredOn", e.registeredOn());
            m.put("status", e.status());
            m.put("reviewOn", e.reviewOn());
            m.put("forReview", e.forReview());
            m.put("reviewDecision", e.reviewDecision());
            out.add(m);
            boolean active = e.status() != null && e.status().name().equals("ACTIVE");
            if (e.forReview()) {
                alerts.add(new CardAlert(JuvenileAccess.UNIT, "juvenile.prevention.for-review",
                        CardAlert.Severity.WARNING, new LocalizedText(
                                "Кәмелетке толды (" + e.reviewOn() + "): профилактикалық есепті қайта қарау қажет",
                                "Достиг совершеннолетия (" + e.reviewOn() + "): требуется пересмотр профилактического учёта",
                                "Came of age (" + e.reviewOn() + "): the preventive registration is due for review")));
            } else if (active && e.reviewOn() != null && e.reviewDecision() == null && !today.isBefore(
                    e.reviewOn().minusDays(norms.intValue(PreventionJournal.REVIEW_LEAD, e.departmentId())))) {
                alerts.add(new CardAlert(JuvenileAccess.UNIT, "juvenile.prevention.comes-of-age",
                        CardAlert.Severity.INFO, new LocalizedText(
                                e.reviewOn() + " кәмелетке толады: профилактикалық есепті қайта қарау",
                                "Достигает совершеннолетия " + e.reviewOn() + ": пересмотр профилактического учёта",
                                "Comes of age on " + e.reviewOn() + ": review of the preventive registration")));
            }
        }
        return new Shown(out, alerts);
    }
}
