package kz.police.lps.core.internal.norm;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;


import kz.police.lps.core.api.audit.AuditAction;
import kz.police.lps.core.api.audit.AuditOutcome;
import kz.police.lps.core.api.audit.AuditService;
import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.error.NotFoundException;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.norm.LegalAct;
import kz.police.lps.core.api.norm.Norm;
import kz.police.lps.core.api.norm.NormOverride;
import kz.police.lps.core.api.norm.NormService;
import kz.police.lps.core.api.org.OrgUnitKind;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.security.Permission;
import kz.police.lps.core.internal.db.CoreSchema;
import kz.police.lps.core.internal.model.OrgUnitEntity;
import kz.police.lps.core.internal.org.DepartmentPaths;
import kz.police.lps.core.internal.extender.BundleDataTracker;

/**
 * The norms registry: an extender that reads the {@code LPS-Norms} file of every active bundle (the core's own too),
 * and the regions' overrides from {@code LPS_NORM_OVERRIDE}. Overrides are cached for {@value #KEEP_MILLIS} ms so a
 * change made on another node shows within that time.
 */
@Component(service = NormService.class)
public class NormServiceImpl implements NormService {

    static final String SUBJECT = "norm";
    private static final long KEEP_MILLIS = 30_000;

    private record Cached(Optional<NormOverrideEntity> value, long until) {
    }

    private final JpaTemplate jpa;
    private final AuditService audit;
    private final DepartmentPaths paths;
    private final NormCatalog catalog = new NormCatalog();
    private final Map<String, Cached> overrides = new ConcurrentHashMap<>();
    private final BundleDataTracker<NormFile> tracker;

    @Activate
    public NormServiceImpl(BundleContext context, @Reference(target = "(osgi.unit.name=lps-core)") JpaTemplate jpa,
            @Reference(target = CoreSchema.TARGET) SchemaReady schema, @Reference AuditService audit,
            @Reference DepartmentPaths paths) {
        this.jpa = jpa;
        this.audit = audit;
        this.paths = paths;
        this.tracker = new BundleDataTracker<>(context, HEADER, NormFile.class, catalog).open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    @Override
    public List<Norm> norms(Caller caller, String unitId) {
        Long region = caller.departmentId() == null ? null : regionOf(caller.departmentId());
        return catalog.norms(unitId).stream().map(n -> region == null ? n : applyOverride(n, region)).toList();
    }

    @Override
    public List<LegalAct> acts(String unitId) {
        return catalog.acts(unitId);
    }

    @Override
    public Optional<Norm> norm(String key) {
        return catalog.find(key);
    }

    @Override
    public Norm effective(String key, Long departmentId) {
        Norm norm = catalog.find(key).orElseThrow(() -> new IllegalArgumentException("no norm " + key));
        Long region = departmentId == null ? null : regionOf(departmentId);
        return region == null ? norm : applyOverride(norm, region);
    }

    @Override
    public NormOverride override(Caller caller, String key, long regionId, BigDecimal value, String reason) {
        audit.require(caller, Permission.ORG_WRITE, AuditAction.UPDATE, SUBJECT, key);
        Norm norm = catalog.find(key).orElseThrow(() -> new NotFoundException(SUBJECT, key));
        requireRegion(caller, key, regionId);
        checkValue(norm, value);
        if (reason != null && reason.length() > 500) {
            throw ValidationException.of("reason", "length.max", 500);
        }
        NormOverride result = jpa.txExpr(TransactionType.Required, em -> {
            NormOverrideEntity e = find(em, key, regionId).orElseGet(NormOverrideEntity::new);
            BigDecimal old = e.getValue() == null ? norm.defaultValue() : e.getValue();
            e.setNormKey(key);
            e.setRegionId(regionId);
            e.setValue(value);
            e.setReason(reason);
            e.setSetBy(caller.username());
            e.setSetAt(Instant.now());
            if (e.getId() == null) {
                em.persist(e);
            }
            audit.record(caller, AuditAction.UPDATE, AuditOutcome.SUCCESS, SUBJECT, key, regionId,
                    "override " + old.toPlainString() + " -> " + value.toPlainString()
                            + (reason == null ? "" : ": " + reason));
            em.flush();
            return toDto(e);
        });
        overrides.remove(key + "@" + regionId);
        return result;
    }

    @Override
    public void removeOverride(Caller caller, String key, long regionId) {
        audit.require(caller, Permission.ORG_WRITE, AuditAction.DELETE, SUBJECT, key);
        requireRegion(caller, key, regionId);
        jpa.tx(TransactionType.Required, em -> {
            NormOverrideEntity e = find(em, key, regionId)
                    .orElseThrow(() -> new NotFoundException("norm-override", key + "@" + regionId));
            em.remove(e);
            audit.record(caller, AuditAction.DELETE, AuditOutcome.SUCCESS, SUBJECT, key, regionId,
                    "override " + e.getValue().toPlainString() + " removed");
        });
        overrides.remove(key + "@" + regionId);
    }

    @Override
    public List<NormOverride> overrides(String key) {
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("SELECT o FROM NormOverrideEntity o WHERE o.normKey = :k ORDER BY o.regionId",
                        NormOverrideEntity.class)
                .setParameter("k", key).getResultList().stream().map(NormServiceImpl::toDto).toList());
    }

    private Norm applyOverride(Norm n, long region) {
        String cacheKey = n.key() + "@" + region;
        long now = System.currentTimeMillis();
        Cached cached = overrides.get(cacheKey);
        if (cached == null || cached.until() < now) {
            cached = new Cached(jpa.txExpr(TransactionType.Supports, em -> find(em, n.key(), region)),
                    now + KEEP_MILLIS);
            overrides.put(cacheKey, cached);
        }
        return cached.value().map(o -> new Norm(n.key(), n.unitId(), n.description(), o.getValue(), n.valueMax(),
                n.unit(), n.limit(), n.binding(), n.defaultValue(), n.actCode(), n.lines(), true)).orElse(n);
    }

    /** The region a department belongs to: the first node of its path. */
    private Long regionOf(long departmentId) {
        return paths.pathOf(departmentId).map(p -> Long.valueOf(p.split("/")[1])).orElse(null);
    }

    /** The node must be a region, and the caller's scope the whole region (regional staff or lps-admin). */
    private void requireRegion(Caller caller, String key, long regionId) {
        OrgUnitEntity region = jpa.txExpr(TransactionType.Supports, em -> em.find(OrgUnitEntity.class, regionId));
        if (region == null || region.getKind() != OrgUnitKind.REGION) {
            throw ValidationException.of("regionId", "norm.region", regionId);
        }
        if (!caller.scope().covers(region.getPath())) {
            throw audit.denied(caller, AuditAction.UPDATE, SUBJECT, key, regionId, "region outside data scope");
        }
    }

    /** A value a norm's consumers can use: not negative, whole where the unit counts whole things, 15 digits. */
    private static void checkValue(Norm norm, BigDecimal value) {
        if (value == null) {
            throw ValidationException.of("value", "required");
        }
        if (value.signum() < 0) {
            throw ValidationException.of("value", "min", 0);
        }
        if (value.precision() - value.scale() > 15 || value.scale() > 4) {
            throw ValidationException.of("value", "norm.value.digits");
        }
        boolean fractional = norm.unit() == kz.police.lps.core.api.norm.NormUnit.PERCENT
                || norm.unit() == kz.police.lps.core.api.norm.NormUnit.SQUARE_METRES
                || norm.unit() == kz.police.lps.core.api.norm.NormUnit.KILOMETRES;
        if (!fractional && value.stripTrailingZeros().scale() > 0) {
            throw ValidationException.of("value", "norm.value.whole", norm.unit());
        }
    }

    private static Optional<NormOverrideEntity> find(javax.persistence.EntityManager em, String key, long region) {
        return em.createQuery("SELECT o FROM NormOverrideEntity o WHERE o.normKey = :k AND o.regionId = :r",
                NormOverrideEntity.class).setParameter("k", key).setParameter("r", region).getResultList().stream()
                .findFirst();
    }

    private static NormOverride toDto(NormOverrideEntity e) {
        return new NormOverride(e.getNormKey(), e.getRegionId(), e.getValue(), e.getReason(), e.getSetBy(),
                e.getSetAt());
    }
}
