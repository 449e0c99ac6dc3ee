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

/** Registrations entered in the unit's journals with the officer responsible (BR-J33). */
@Component(service = ActivityCounter.class)
public class RegistrationsCounter implements ActivityCounter {

    private static final LocalizedText LABEL = new LocalizedText("Профилактикалық есепке алынғандар", "Поставлено на профилактический учёт", "Placed on preventive registration");

    private final JpaTemplate jpa;

    @Activate
    public RegistrationsCounter(@Reference(target = JuvenileSchema.JPA) JpaTemplate jpa,
            @Reference(target = JuvenileSchema.TARGET) SchemaReady schema) {
        this.jpa = jpa;
    }

    @Override
    public String key() {
        return "preventive-registrations";
    }

    @Override
    public LocalizedText label() {
        return LABEL;
    }

    @Override
    public long count(long officerId, LocalDate from, LocalDate to) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT COUNT(e) FROM JournalEntryEntity e WHERE e.officerId = :o AND e.registeredOn BETWEEN :from AND :to", Long.class)
                .setParameter("o", officerId).setParameter("from", from).setParameter("to", to).getSingleResult());
    }
}
