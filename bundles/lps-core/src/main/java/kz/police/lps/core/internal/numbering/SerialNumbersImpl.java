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
 * Counters in {@code LPS_SERIAL_COUNTER}, all in the caller's transaction: the row of a series, department and year
 * is locked and incremented; the first number of a year makes the row. Two first numbers of the same series,
 * department and year at the same instant: the second insert fails on the key and its request answers 409 (retry).
 * (A counter row made in a transaction of its own is not reliably seen by a caller's transaction that already holds
 * the core's entity manager, so nothing is made apart.)
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
            return next;
        });
    }
}
