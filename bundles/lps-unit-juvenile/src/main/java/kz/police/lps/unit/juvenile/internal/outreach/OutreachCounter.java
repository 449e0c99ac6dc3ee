package kz.police.lps.unit.juvenile.internal.outreach;

import java.time.LocalDate;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.unit.juvenile.internal.JuvenileSchema;
import kz.police.lps.unit.juvenile.internal.activity.ActivityCounter;

/** Monthly statement figure: meetings with the population and media engagements the officer took part in. */
@Component(service = ActivityCounter.class)
public class OutreachCounter implements ActivityCounter {

    private final JpaTemplate jpa;

    @Activate
    public OutreachCounter(@Reference(target = JuvenileSchema.JPA) JpaTemplate jpa,
            @Reference(target = JuvenileSchema.TARGET) SchemaReady schema) {
        this.jpa = jpa;
    }

    @Override
    public String key() {
        return "meetings";
    }

    @Override
    public LocalizedText label() {
        return new LocalizedText("Тұрғындармен кездесулер және БАҚ", "Встречи с населением и СМИ",
                "Meetings with the population and media");
    }

    @Override
    public long count(long officerId, LocalDate from, LocalDate to) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT COUNT(e) FROM OutreachEntity e"
                + " WHERE e.officerId = :o AND e.heldOn >= :from AND e.heldOn <= :to", Long.class)
                .setParameter("o", officerId).setParameter("from", from).setParameter("to", to).getSingleResult());
    }
}
