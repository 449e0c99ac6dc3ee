package kz.police.lps.unit.juvenile.internal.schoolwork;

import java.time.LocalDate;

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

/** The school prevention figures of an inspector's monthly statement (WF-J4), counted in the database. */
public final class SchoolWorkCounters {

    private SchoolWorkCounters() {
    }

    /** Students' offences and substance use reported to the school management (BR-J17), by the report's day. */
    @Component(service = ActivityCounter.class)
    public static class IncidentsReported implements ActivityCounter {

        private final JpaTemplate jpa;
        private final WorkingCalendar calendar;

        @Activate
        public IncidentsReported(@Reference(target = JuvenileSchema.JPA) JpaTemplate jpa,
                @Reference(target = JuvenileSchema.TARGET) SchemaReady schema, @Reference WorkingCalendar calendar) {
            this.jpa = jpa;
            this.calendar = calendar;
        }

        @Override
        public String key() {
            return "school-incidents-reported";
        }

        @Override
        public LocalizedText label() {
            return new LocalizedText("Мектеп басшылығына хабарланған оқушылардың құқық бұзушылықтары",
                    "Сообщено руководству школ о правонарушениях учащихся",
                    "Students' offences reported to school management");
        }

        @Override
        public long count(long officerId, LocalDate from, LocalDate to) {
            return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT COUNT(e) FROM "
                    + "StudentIncidentEntity e WHERE e.inspectorId = :o AND e.reportedAt >= :f AND e.reportedAt < :t",
                    Long.class).setParameter("o", officerId)
                    .setParameter("f", from.atStartOfDay(calendar.zone()).toInstant())
                    .setParameter("t", to.plusDays(1).atStartOfDay(calendar.zone()).toInstant()).getSingleResult());
        }
    }

    /** School events held: lectures, propaganda, vacation employment, off-site sessions (US-J24, US-J25). */
    @Component(service = ActivityCounter.class)
    public static class EventsHeld implements ActivityCounter {

        private final JpaTemplate jpa;

        @Activate
        public EventsHeld(@Reference(target = JuvenileSchema.JPA) JpaTemplate jpa,
                @Reference(target = JuvenileSchema.TARGET) SchemaReady schema) {
            this.jpa = jpa;
        }

        @Override
        public String key() {
            return "school-events";
        }

        @Override
        public LocalizedText label() {
            return new LocalizedText("Мектептердегі құқықтық насихат және өзге іс-шаралар",
                    "Правовая пропаганда и иные мероприятия в школах", "Legal propaganda and other school events");
        }

        @Override
        public long count(long officerId, LocalDate from, LocalDate to) {
            return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT COUNT(e) FROM "
                    + "SchoolEventEntity e WHERE e.officerId = :o AND e.held = :held AND e.eventDate >= :f AND "
                    + "e.eventDate <= :t", Long.class).setParameter("o", officerId).setParameter("held", Boolean.TRUE)
                    .setParameter("f", from).setParameter("t", to).getSingleResult());
        }
    }
}
