package kz.police.lps.core.internal.register;

import java.time.LocalDate;
import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.register.RegisterService;
import kz.police.lps.core.api.register.RegistrationStatus;
import kz.police.lps.core.internal.db.CoreSchema;
import kz.police.lps.core.internal.extender.BundleDataTracker;

/**
 * What the register service, the alert source and the task source share: the catalog of the installed units'
 * registers (the {@code LPS-Registers} extender) and the plain reads the sources need. Kept apart from
 * {@link RegisterServiceImpl} so the task source does not depend on the service that depends on the task service.
 */
@Component(service = RegisterStore.class)
public class RegisterStore {

    /** An active registration as the alert source needs it. */
    public record Active(long id, String registerId, String groundCode, Long departmentId, String departmentPath) {
    }

    private final JpaTemplate jpa;
    private final RegisterCatalog catalog = new RegisterCatalog();
    private final BundleDataTracker<RegisterFile> tracker;

    @Activate
    public RegisterStore(BundleContext context, @Reference(target = "(osgi.unit.name=lps-core)") JpaTemplate jpa,
            @Reference(target = CoreSchema.TARGET) SchemaReady schema) {
        this.jpa = jpa;
        this.tracker = new BundleDataTracker<>(context, RegisterService.HEADER, RegisterFile.class, catalog).open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    public RegisterCatalog catalog() {
        return catalog;
    }

    /** The active registrations of a person on installed registers (no access check: the caller filters). */
    public List<Active> activeOf(long personId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT e.id, e.registerId, e.groundCode, e.departmentId, e.departmentPath FROM RegistrationEntity e "
                        + "WHERE e.personId = :p AND e.status = :s ORDER BY e.id", Object[].class)
                .setParameter("p", personId).setParameter("s", RegistrationStatus.ACTIVE).getResultList().stream()
                .map(row -> new Active(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                        (Long) row[3], (String) row[4]))
                .filter(a -> catalog.register(a.registerId()).isPresent()).toList());
    }

    /**
     * One page (by id, after {@code afterId}) of the active registrations on a ground that have no check recorded
     * since {@code periodStart}: only the columns a task needs.
     */
    public List<RegisterChecks.Candidate> candidates(String groundCode, LocalDate periodStart, long afterId,
            int limit) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT e.id, e.registerId, e.departmentId, e.responsibleOfficerId, e.lastCheckedOn "
                        + "FROM RegistrationEntity e WHERE e.groundCode = :g AND e.status = :s AND e.id > :after "
                        + "AND (e.lastCheckedOn IS NULL OR e.lastCheckedOn < :start) ORDER BY e.id",
                Object[].class).setParameter("g", groundCode).setParameter("s", RegistrationStatus.ACTIVE)
                .setParameter("after", afterId).setParameter("start", periodStart).setMaxResults(limit)
                .getResultList().stream()
                .map(row -> new RegisterChecks.Candidate(((Number) row[0]).longValue(), (String) row[1],
                        (Long) row[2], (Long) row[3], (LocalDate) row[4]))
                .toList());
    }
}
