package kz.police.lps.core.internal.numbering;

import javax.persistence.LockModeType;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.numbering.SerialNumbers;
import kz.police.lps.core.internal.db.CoreSchema;

/**
 * Counters in {@code LPS_SERIAL_COUNTER}: {@link #prepare} makes a missing row in a transaction of its own, before
 * the caller's; {@link #next} locks the row in the caller's transaction and counts on. When the row is still missing
 * there (the caller did not prepare, or its transaction cannot see the row made apart), {@code next} makes it in the
 * caller's transaction; a first number racing it then answers 409.
 */
@Component(service = SerialNumbers.class)
public class SerialNumbersImpl implements SerialNumbers {

    private final JpaTemplate jpa;

    @Activate
    public SerialNumbersImpl(@Reference(target = "(osgi.unit.name=lps-core)") JpaTemplate jpa,
            @Reference(target = CoreSchema.TARGET) SchemaReady schema) {
        this.jpa = jpa;
    }

    @Override
    public long next(String series, long departmentId, int year) {
        SerialCounterEntity.Key key = new SerialCounterEntity.Key(series, departmentId, year);
        return jpa.txExpr(TransactionType.Required, em -> {
            SerialCounterEntity counter = em.find(SerialCounterEntity.class, key, LockModeType.PESSIMISTIC_WRITE);
            if (counter == null) {
                counter = new SerialCounterEntity(key);
                em.persist(counter);
                em.flush();
            }
            long next = counter.getLastNumber() + 1;
            counter.setLastNumber(next);
            // written now: a second number of the series in the same transaction locks (and so re-reads) the row
            em.flush();
            return next;
        });
    }

    @Override
    public void prepare(String series, long departmentId, int year) {
        SerialCounterEntity.Key key = new SerialCounterEntity.Key(series, departmentId, year);
        if (jpa.txExpr(TransactionType.Supports, em -> em.find(SerialCounterEntity.class, key)) != null) {
            return;
        }
        try {
            jpa.tx(TransactionType.RequiresNew, em -> {
                em.persist(new SerialCounterEntity(key));
                em.flush();
            });
        } catch (RuntimeException raced) {
            if (jpa.txExpr(TransactionType.Supports, em -> em.find(SerialCounterEntity.class, key)) == null) {
                throw raced;
            }
        }
    }
}
