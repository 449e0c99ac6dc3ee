package kz.police.lps.unit.juvenile.internal.notebook;

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

/** Monthly statement figure: work-notebook entries the officer marked done in the period (N-J7, L900-902). */
@Component(service = ActivityCounter.class)
public class NotebookCounter implements ActivityCounter {

    private final JpaTemplate jpa;
    private final WorkingCalendar calendar;

    @Activate
    public NotebookCounter(@Reference(target = JuvenileSchema.JPA) JpaTemplate jpa,
            @Reference(target = JuvenileSchema.TARGET) SchemaReady schema, @Reference WorkingCalendar calendar) {
        this.jpa = jpa;
        this.calendar = calendar;
    }

    @Override
    public String key() {
        return "notebookDone";
    }

    @Override
    public LocalizedText label() {
        return new LocalizedText("Орындалған жұмыс дәптері жазбалары", "Исполненные записи рабочей тетради",
                "Notebook entries done");
    }

    @Override
    public long count(long officerId, LocalDate from, LocalDate to) {
        ZoneId zone = calendar.zone();
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT COUNT(e) FROM NotebookEntryEntity e"
                + " WHERE e.officerId = :o AND e.doneAt >= :from AND e.doneAt < :to", Long.class)
                .setParameter("o", officerId).setParameter("from", from.atStartOfDay(zone).toInstant())
                .setParameter("to", to.plusDays(1).atStartOfDay(zone).toInstant()).getSingleResult());
    }
}
