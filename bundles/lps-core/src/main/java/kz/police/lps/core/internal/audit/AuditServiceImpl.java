package kz.police.lps.core.internal.audit;

import java.time.Instant;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.audit.AuditAction;
import kz.police.lps.core.api.audit.AuditOutcome;
import kz.police.lps.core.api.audit.AuditQuery;
import kz.police.lps.core.api.audit.AuditRecord;
import kz.police.lps.core.api.audit.AuditService;
import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.error.AccessDeniedException;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.security.Permission;
import kz.police.lps.core.internal.db.CoreSchema;
import kz.police.lps.core.internal.db.JpqlQuery;
import kz.police.lps.core.internal.model.AuditEntity;
import kz.police.lps.core.internal.org.DepartmentPaths;

@Component(service = AuditService.class)
public class AuditServiceImpl implements AuditService {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AuditServiceImpl.class);

    private static final Map<String, String> SORT = Map.of("at", "occurredAt", "username", "username", "id", "id");

    private final JpaTemplate jpa;
    private final DepartmentPaths paths;
    /** Refusals are written here: on a thread with no transaction, so a rolled-back write does not take them along. */
    private final java.util.concurrent.ExecutorService refusals = java.util.concurrent.Executors
            .newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "lps-audit-refusals");
                t.setDaemon(true);
                return t;
            });

    @Activate
    public AuditServiceImpl(@Reference(target = "(osgi.unit.name=lps-core)") JpaTemplate jpa,
            @Reference(target = CoreSchema.TARGET) SchemaReady schema, @Reference DepartmentPaths paths) {
        this.jpa = jpa;
        this.paths = paths;
    }

    @Override
    public void record(Caller caller, AuditAction action, AuditOutcome outcome, String subjectType, Object subjectId,
            Long departmentId, String details) {
        AuditEntity e = new AuditEntity();
        e.setOccurredAt(Instant.now());
        e.setUsername(truncate(caller.username(), 64));
        e.setRemoteAddress(truncate(caller.remoteAddress(), 64));
        e.setAction(action);
        e.setOutcome(outcome);
        e.setSubjectType(truncate(subjectType, 64));
        e.setSubjectId(subjectId == null ? null : truncate(String.valueOf(subjectId), 64));
        e.setDepartmentId(departmentId);
        e.setDepartmentPath(paths.pathOf(departmentId).orElse(null));
        e.setPurpose(truncate(caller.purpose(), 255));
        e.setDetails(truncate(details, 1000));
        jpa.tx(TransactionType.Required, em -> em.persist(e));
    }

    @Override
    public AccessDeniedException denied(Caller caller, AuditAction action, String subjectType, Object subjectId,
            Long departmentId, String reason) {
        try {
            refusals.submit(() -> record(caller, action, AuditOutcome.DENIED, subjectType, subjectId, departmentId,
                    reason));
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            LOG.warn("Refusal not audited, audit stopping: {} {} {}:{}", caller.username(), action, subjectType,
                    subjectId);
        }
        return new AccessDeniedException(reason);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        refusals.shutdown();
        refusals.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Override
    public Page<AuditRecord> search(Caller caller, AuditQuery q, PageRequest page) {
        require(caller, Permission.AUDIT_READ, AuditAction.READ, "audit", null);
        return jpa.txExpr(TransactionType.Supports, em -> new JpqlQuery<>(AuditEntity.class, SORT)
                .eq("username", q.username())
                .eq("subjectType", q.subjectType())
                .eq("subjectId", q.subjectId())
                .eq("action", q.action())
                .ge("occurredAt", q.from())
                .lt("occurredAt", q.to())
                .scope("departmentPath", caller.scope())
                .page(em, page, "id DESC", AuditServiceImpl::toRecord));
    }

    private static AuditRecord toRecord(AuditEntity e) {
        return new AuditRecord(e.getId(), e.getOccurredAt(), e.getUsername(), e.getRemoteAddress(), e.getAction(),
                e.getOutcome(), e.getSubjectType(), e.getSubjectId(), e.getDepartmentId(), e.getPurpose(),
                e.getDetails());
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
