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

/** The officer's entries of individual preventive work with registered persons (US-J22, L1149-1151). */
@Component(service = ActivityCounter.class)
public class PreventiveWorkCounter implements ActivityCounter {

    private static final LocalizedText LABEL = new LocalizedText("Жеке профилактикалық жұмыс (әңгімелер, үйге бару)", "Индивидуальная профилактическая работа (беседы, посещения)", "Individual preventive work (conversations, home visits)");

    private final JpaTemplate jpa;

    @Activate
    public PreventiveWorkCounter(@Reference(target = JuvenileSchema.JPA) JpaTemplate jpa,
            @Reference(target = JuvenileSchema.TARGET) SchemaReady schema) {
        this.jpa = jpa;
    }

    @Override
    public String key() {
        return "preventive-work";
    }

    @Override
    public LocalizedText label() {
        return LABEL;
    }

    @Override
    public long count(long officerId, LocalDate from, LocalDate to) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT COUNT(e) FROM PreventiveRecordEntity e WHERE e.officerId = :o AND e.kind <> kz.police.lps.unit.juvenile.internal.prevention.RecordKind.LIVING_CONDITIONS_ACT AND e.recordDate BETWEEN :from AND :to", Long.class)
                .setParameter("o", officerId).setParameter("from", from).setParameter("to", to).getSingleResult());
    }
}
