package kz.police.lps.unit.juvenile.internal.prevention;

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

/** The officer's housing and living-conditions inspection acts (US-J36, L1194-1199). */
@Component(service = ActivityCounter.class)
public class LivingConditionsActsCounter implements ActivityCounter {

    private static final LocalizedText LABEL = new LocalizedText("Тұрғын үй-тұрмыстық жағдайларын тексеру актілері", "Акты обследования жилищно-бытовых условий", "Housing and living-conditions inspection acts");

    private final JpaTemplate jpa;

    @Activate
    public LivingConditionsActsCounter(@Reference(target = JuvenileSchema.JPA) JpaTemplate jpa,
            @Reference(target = JuvenileSchema.TARGET) SchemaReady schema) {
        this.jpa = jpa;
    }

    @Override
    public String key() {
        return "living-conditions-acts";
    }

    @Override
    public LocalizedText label() {
        return LABEL;
    }

    @Override
    public long count(long officerId, LocalDate from, LocalDate to) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT COUNT(e) FROM PreventiveRecordEntity e WHERE e.officerId = :o AND e.kind = kz.police.lps.unit.juvenile.internal.prevention.RecordKind.LIVING_CONDITIONS_ACT AND e.recordDate BETWEEN :from AND :to", Long.class)
                .setParameter("o", officerId).setParameter("from", from).setParameter("to", to).getSingleResult());
    }
}
