package kz.police.lps.unit.juvenile.internal.delivery;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.police.lps.core.api.person.Person;
import kz.police.lps.unit.juvenile.internal.demo.JuvenileDemoContext;
import kz.police.lps.unit.juvenile.internal.demo.JuvenileDemoPart;
import kz.police.lps.unit.juvenile.internal.delivery.DeliverySteps.ChecksInput;
import kz.police.lps.unit.juvenile.internal.delivery.DeliverySteps.OutcomeInput;
import kz.police.lps.unit.juvenile.internal.delivery.DeliverySteps.QuestioningInput;
import kz.police.lps.unit.juvenile.internal.placement.AgeRule;
import kz.police.lps.unit.juvenile.internal.placement.CentreCategory;
import kz.police.lps.unit.juvenile.internal.placement.LostChildActs;
import kz.police.lps.unit.juvenile.internal.placement.NewLostChildAct;
import kz.police.lps.unit.juvenile.internal.placement.NewPlacement;
import kz.police.lps.unit.juvenile.internal.placement.Placement;
import kz.police.lps.unit.juvenile.internal.placement.Placements;
import kz.police.lps.unit.juvenile.internal.raid.NewRaid;
import kz.police.lps.unit.juvenile.internal.raid.ParticipatingUnit;
import kz.police.lps.unit.juvenile.internal.raid.Raid;
import kz.police.lps.unit.juvenile.internal.raid.Raids;

/**
 * Demo: a joint raid with the criminal police and the counter-narcotics unit during which a minor living outside the
 * city was delivered, questioned with the mother present and handed over to her, the residence notice still due;
 * and an unattended minor placed in the adaptation centre with the lost-child act in 3 copies.
 * Minors are taken from the middle of the context's list, away from other areas' picks.
 */
@Component(service = JuvenileDemoPart.class)
public class DeliveryDemo implements JuvenileDemoPart {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryDemo.class);

    private final Deliveries deliveries;
    private final Raids raids;
    private final LostChildActs acts;
    private final Placements placements;

    @Activate
    public DeliveryDemo(@Reference Deliveries deliveries, @Reference Raids raids, @Reference LostChildActs acts,
            @Reference Placements placements) {
        this.deliveries = deliveries;
        this.raids = raids;
        this.acts = acts;
        this.placements = placements;
    }

    @Override
    public String name() {
        return "deliveries";
    }

    @Override
    public void load(JuvenileDemoContext c) {
        List<Person> minors = c.minors().stream().filter(p -> AgeRule.age(p.birthDate(), c.today()) >= 7).toList();
        if (minors.size() < 2 || c.adults().size() < 2) {
            LOG.info("Deliveries demo skipped: too few minors or adults in the demo region");
            return;
        }
        Person first = minors.get(minors.size() / 2);
        Person second = minors.get(minors.size() / 2 + 1);
        Person mother = c.adults().get(c.adults().size() / 2);
        long inspector = c.inspector().id();
        Instant now = Instant.now();

        Raid raid = raids.create(c.caller(), new NewRaid(inspector, c.today().minusDays(3),
                "«Сарыарқа» сауда-ойын-сауық орталығы / ТРЦ «Сарыарка»",
                List.of(ParticipatingUnit.CRIMINAL_POLICE, ParticipatingUnit.COUNTER_NARCOTICS), null, 6,
                "6 кәмелетке толмаған тексерілді, біреуі ІІО-ға жеткізілді"));
        // one delivery per demo transaction: SerialNumbers.next does not flush its counter, so a second number of
        // the same series in one transaction would repeat the first (reported to the lead)
        Delivery d1 = deliveries.create(c.caller(), new NewDelivery(inspector, first.id(),
                now.minus(3, ChronoUnit.DAYS), "Қалалық полиция басқармасы", DeliveryGround.ADMINISTRATIVE_OFFENCE,
                "Түнгі уақытта заңды өкілдерінсіз ойын-сауық орнында болу", "ТРЦ «Сарыарка»", List.of(mother.id()),
                "Толық отбасы, ата-анасы жұмыста, бақылау әлсіз", "Бос уақыттың ұйымдастырылмауы",
                null, null, raid.id(), true, "Қарағанды облысы ПД Теміртау ҚПБ"));
        d1 = deliveries.question(c.caller(), d1.id(), d1.version(), new QuestioningInput(mother.id(),
                RepresentativeCapacity.PARENT, "Анасының қатысуымен сұралды"));
        d1 = deliveries.check(c.caller(), d1.id(), d1.version(), new ChecksInput("ІІО есептерінде тұрмайды", null,
                false, null, false, null));
        deliveries.outcome(c.caller(), d1.id(), d1.version(), new OutcomeInput(
                DeliveryOutcome.HANDED_TO_REPRESENTATIVE, mother.id(), null, null, null));

        Placement placed = placements.place(c.caller(), new NewPlacement(inspector, second.id(),
                CentreCategory.UNATTENDED_OR_HOMELESS, "Қалалық кәмелетке толмағандарды бейімдеу орталығы",
                "Ата-анасы анықталмады, заңды өкілдері жоқ", now.minus(1, ChronoUnit.DAYS)));
        acts.create(c.caller(), new NewLostChildAct(inspector, second.id(), null, now.minus(1, ChronoUnit.DAYS),
                "Теміржол вокзалы, күту залы", "Қалалық кәмелетке толмағандарды бейімдеу орталығы", placed.id()));
        LOG.info("Deliveries demo: {} (handed over, residence notice due {}), {} (in the centre)",
                d1.journalNumber(), d1.notice().dueAt(), placed.resolutionNumber());
    }
}
