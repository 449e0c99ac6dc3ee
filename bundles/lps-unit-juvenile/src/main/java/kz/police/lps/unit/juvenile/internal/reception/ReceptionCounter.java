package kz.police.lps.unit.juvenile.internal.reception;

import java.time.LocalDate;
import java.time.ZoneId;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.unit.juvenile.internal.JuvenileSchema;
import kz.police.lps.unit.juvenile.internal.activity.ActivityCounter;

/** Monthly statement figure: citizens the officer received (journal of citizen receptions, L946-949). */
@Component(service = ActivityCounter.class)
public class ReceptionCounter implements ActivityCounter {

    private final JpaTemplate jpa;
    private final WorkingCalendar calendar;

    @Activate
    public ReceptionCounter(@Reference(target = JuvenileSchema.JPA) JpaTemplate jpa,
            @Reference(target = JuvenileSchema.TARGET) SchemaReady schema, @Reference WorkingCalendar calendar) {
        this.jpa = jpa;
        this.calendar = calendar;
    }

    @Override
    public String key() {
        return "receptions";
    }

    @Override
    public LocalizedText label() {
        return new LocalizedText("Азаматтарды қабылдау", "Приём граждан", "Citizen receptions");
    }

    @Override
    public long count(long officerId, LocalDate from, LocalDate to) {
        ZoneId zone = calendar.zone();
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT COUNT(e) FROM ReceptionEntity e"
                + " WHERE e.officerId = :o AND e.receivedAt >= :from AND e.receivedAt < :to", Long.class)
                .setParameter("o", officerId).setParameter("from", from.atStartOfDay(zone).toInstant())
                .setParameter("to", to.plusDays(1).atStartOfDay(zone).toInstant()).getSingleResult());
    }
}
