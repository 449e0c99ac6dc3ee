package kz.police.lps.core.internal.org;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.audit.AuditAction;
import kz.police.lps.core.api.audit.AuditService;
import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.error.ConflictException;
import kz.police.lps.core.api.error.NotFoundException;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.org.OrgService;
import kz.police.lps.core.api.org.OrgUnit;
import kz.police.lps.core.api.org.OrgUnitKind;
import kz.police.lps.core.api.org.TerritoryEntry;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.person.Address;
import kz.police.lps.core.api.person.Names;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.security.Permission;
import kz.police.lps.core.internal.db.CoreSchema;
import kz.police.lps.core.internal.db.JpqlQuery;
import kz.police.lps.core.internal.model.OrgUnitEntity;
import kz.police.lps.core.internal.model.TerritoryEntity;
import kz.police.lps.core.api.error.Checks;
import kz.police.lps.core.internal.db.Versions;

@Component(service = OrgService.class)
public class OrgServiceImpl implements OrgService {

    static final String SUBJECT = "org-unit";
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,63}");
    static final Pattern UNIT_ID = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    private static final Map<String, String> SORT = Map.of("code", "code", "id", "id", "kind", "kind");

    private final JpaTemplate jpa;
    private final AuditService audit;
    private final DepartmentPaths paths;

    @Activate
    public OrgServiceImpl(@Reference(target = "(osgi.unit.name=lps-core)") JpaTemplate jpa,
            @Reference(target = CoreSchema.TARGET) SchemaReady schema, @Reference AuditService audit,
            @Reference DepartmentPaths paths) {
        this.jpa = jpa;
        this.audit = audit;
        this.paths = paths;
    }

    @Override
    public OrgUnit create(Caller caller, OrgUnit unit) {
        audit.require(caller, Permission.ORG_WRITE, AuditAction.CREATE, SUBJECT, null);
        return jpa.txExpr(TransactionType.Required, em -> {
            OrgUnitEntity parent = unit.parentId() == null ? null : em.find(OrgUnitEntity.class, unit.parentId());
            validate(unit, parent, unit.parentId());
            if (parent == null ? !caller.scope().isAll() : !caller.scope().covers(parent.getPath())) {
                throw audit.denied(caller, AuditAction.CREATE, SUBJECT, null, unit.parentId(),
                        "parentId outside data scope");
            }
            if (!em.createQuery("SELECT o.id FROM OrgUnitEntity o WHERE o.code = :c").setParameter("c", unit.code())
                    .getResultList().isEmpty()) {
                throw new ConflictException("code", "org.code.taken", unit.code());
            }
            OrgUnitEntity e = new OrgUnitEntity();
            e.setKind(unit.kind());
            e.setParentId(parent == null ? null : parent.getId());
            apply(e, unit, parent);
            e.setPath("/");
            em.persist(e);
            e.setPath((parent == null ? "/" : parent.getPath()) + e.getId() + "/");
            audit.record(caller, AuditAction.CREATE, SUBJECT, e.getId(), e.getId());
            em.flush();
            return toDto(e);
        });
    }

    @Override
    public OrgUnit get(Caller caller, long id) {
        audit.require(caller, Permission.ORG_READ, AuditAction.READ, SUBJECT, id);
        return jpa.txExpr(TransactionType.Supports, em -> toDto(find(em, id)));
    }

    @Override
    public Optional<OrgUnit> findByCode(Caller caller, String code) {
        audit.require(caller, Permission.ORG_READ, AuditAction.READ, SUBJECT, code);
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("SELECT o FROM OrgUnitEntity o WHERE o.code = :c", OrgUnitEntity.class)
                .setParameter("c", code).getResultList().stream().findFirst().map(OrgServiceImpl::toDto));
    }

    @Override
    public Page<OrgUnit> list(Caller caller, OrgUnitKind kind, Long parentId, PageRequest page) {
        audit.require(caller, Permission.ORG_READ, AuditAction.READ, SUBJECT, null);
        return jpa.txExpr(TransactionType.Supports, em -> new JpqlQuery<>(OrgUnitEntity.class, SORT)
                .eq("kind", kind)
                .eq("parentId", parentId)
                .page(em, page, "path", OrgServiceImpl::toDto));
    }

    @Override
    public Page<OrgUnit> listUnder(Caller caller, long rootId, OrgUnitKind kind, String unitType, PageRequest page) {
        audit.require(caller, Permission.ORG_READ, AuditAction.READ, SUBJECT, rootId);
        String root = pathOf(rootId).orElseThrow(() -> ValidationException.of("rootId", "org.department.unknown",
                rootId));
        return jpa.txExpr(TransactionType.Supports, em -> new JpqlQuery<>(OrgUnitEntity.class, SORT)
                .eq("kind", kind)
                .eq("unitType", unitType)
                .subtree("path", root)
                .page(em, page, "path", OrgServiceImpl::toDto));
    }

    @Override
    public OrgUnit update(Caller caller, long id, Long expectedVersion, OrgUnit data) {
        audit.require(caller, Permission.ORG_WRITE, AuditAction.UPDATE, SUBJECT, id);
        return jpa.txExpr(TransactionType.Required, em -> {
            OrgUnitEntity e = find(em, id);
            if (!caller.scope().covers(e.getPath())) {
                throw audit.denied(caller, AuditAction.UPDATE, SUBJECT, id, id, "outside data scope");
            }
            Versions.check(expectedVersion, e.getVersion());
            OrgUnitEntity parent = e.getParentId() == null ? null : em.find(OrgUnitEntity.class, e.getParentId());
            OrgUnit merged = new OrgUnit(id, e.getKind(), data.code() == null ? e.getCode() : data.code(),
                    data.name(), e.getParentId(), data.unitType(), e.getPath(), data.settlementType(),
                    data.residentCount(), data.territory(), null);
            validate(merged, parent, e.getParentId());
            if (!merged.code().equals(e.getCode()) && !em.createQuery("SELECT o.id FROM OrgUnitEntity o WHERE o.code = :c")
                    .setParameter("c", merged.code()).getResultList().isEmpty()) {
                throw new ConflictException("code", "org.code.taken", merged.code());
            }
            apply(e, merged, parent);
            // the territory rows are owned by the child side: force the version so a territory-only edit shows
            em.lock(e, javax.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            audit.record(caller, AuditAction.UPDATE, SUBJECT, id, id);
            em.flush();
            return toDto(e);
        });
    }

    @Override
    public List<OrgUnit> ancestry(Caller caller, long id) {
        audit.require(caller, Permission.ORG_READ, AuditAction.READ, SUBJECT, id);
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<OrgUnit> chain = new ArrayList<>();
            OrgUnitEntity e = find(em, id);
            while (e != null) {
                chain.add(toDto(e));
                e = e.getParentId() == null ? null : em.find(OrgUnitEntity.class, e.getParentId());
            }
            Collections.reverse(chain);
            return chain;
        });
    }

    @Override
    public Optional<OrgUnit> resolvePrecinct(Caller caller, Address address) {
        audit.require(caller, Permission.ORG_READ, AuditAction.READ, "precinct-resolution", null);
        return jpa.txExpr(TransactionType.Supports, em -> resolve(em, address).map(id -> toDto(find(em, id))));
    }

    /** The id of the precinct covering the address, inside an open entity manager. */
    public static Optional<Long> resolve(EntityManager em, Address address) {
        if (address == null || address.settlement() == null) {
            return Optional.empty();
        }
        List<TerritoryEntity> rows = em
                .createQuery("SELECT t FROM TerritoryEntity t WHERE t.settlementKey = :k", TerritoryEntity.class)
                .setParameter("k", Names.fold(address.settlement())).getResultList();
        List<PrecinctMatcher.Candidate> candidates = rows.stream()
                .map(t -> new PrecinctMatcher.Candidate(t.getPrecinct().getId(), toEntry(t))).toList();
        return PrecinctMatcher.bestMatch(address, candidates).map(PrecinctMatcher.Candidate::precinctId);
    }

    @Override
    public Optional<String> pathOf(long id) {
        return paths.pathOf(id);
    }

    private static OrgUnitEntity find(EntityManager em, long id) {
        OrgUnitEntity e = em.find(OrgUnitEntity.class, id);
        if (e == null) {
            throw new NotFoundException("org-unit", id);
        }
        return e;
    }

    private static void validate(OrgUnit u, OrgUnitEntity parent, Long parentId) {
        ValidationException.Collector errors = new ValidationException.Collector();
        if (u.kind() == null) {
            errors.add("kind", "required");
        }
        if (parentId != null && parent == null) {
            errors.add("parentId", "org.parent.unknown", parentId);
        } else if (u.kind() != null && !u.kind().mayBeChildOf(parent == null ? null : parent.getKind())) {
            errors.add("parentId", "org.parent.kind", u.kind(), parent == null ? "-" : parent.getKind());
        }
        if (u.code() == null || !CODE.matcher(u.code()).matches()) {
            errors.add("code", "org.code.format");
        }
        LocalizedText name = u.name();
        if (name == null || name.kk().isBlank()) {
            errors.add("name.kk", "required");
        } else {
            Checks.maxLength(errors, "name.kk", name.kk(), 255);
            Checks.maxLength(errors, "name.ru", name.ru(), 255);
            Checks.maxLength(errors, "name.en", name.en(), 255);
        }
        if ((u.kind() == OrgUnitKind.UNIT || u.unitType() != null)
                && (u.unitType() == null || !UNIT_ID.matcher(u.unitType()).matches())) {
            errors.add("unitType", "org.unit-type.format");
        }
        if (u.residentCount() != null && u.residentCount() < 0) {
            errors.add("residentCount", "min", 0);
        }
        if (!u.territory().isEmpty() && u.kind() != OrgUnitKind.PRECINCT) {
            errors.add("territory", "org.territory.precinct-only");
        }
        for (int i = 0; i < u.territory().size(); i++) {
            TerritoryEntry t = u.territory().get(i);
            String f = "territory[" + i + "]";
            if (t.settlement() == null || t.settlement().isBlank()) {
                errors.add(f + ".settlement", "required");
            }
            Checks.maxLength(errors, f + ".settlement", t.settlement(), 128);
            Checks.maxLength(errors, f + ".street", t.street(), 128);
            if ((t.houseFrom() != null || t.houseTo() != null) && (t.street() == null || t.street().isBlank())) {
                errors.add(f + ".street", "org.territory.houses-need-street");
            }
            if (t.houseFrom() != null && t.houseTo() != null && t.houseFrom() > t.houseTo()) {
                errors.add(f + ".houseTo", "org.territory.range");
            }
        }
        errors.throwIfAny();
    }

    private static void apply(OrgUnitEntity e, OrgUnit u, OrgUnitEntity parent) {
        e.setCode(u.code());
        e.setNameKk(u.name().kk());
        e.setNameRu(u.name().ru());
        e.setNameEn(u.name().en());
        String unitType = u.unitType();
        if (unitType == null && parent != null) {
            unitType = parent.getUnitType();
        }
        e.setUnitType(unitType);
        e.setSettlementType(u.settlementType());
        e.setResidentCount(u.residentCount());
        e.getTerritory().clear();
        int position = 0;
        for (TerritoryEntry t : u.territory()) {
            TerritoryEntity te = new TerritoryEntity();
            te.setPrecinct(e);
            te.setSettlement(t.settlement().trim());
            te.setSettlementKey(Names.fold(t.settlement()));
            te.setStreet(blankToNull(t.street()));
            te.setStreetKey(Names.fold(blankToNull(t.street())));
            te.setHouseFrom(t.houseFrom());
            te.setHouseTo(t.houseTo());
            te.setPosition(position++);
            e.getTerritory().add(te);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static TerritoryEntry toEntry(TerritoryEntity t) {
        return new TerritoryEntry(t.getSettlement(), t.getStreet(), t.getHouseFrom(), t.getHouseTo());
    }

    static OrgUnit toDto(OrgUnitEntity e) {
        return new OrgUnit(e.getId(), e.getKind(), e.getCode(),
                new LocalizedText(e.getNameKk(), e.getNameRu(), e.getNameEn()), e.getParentId(), e.getUnitType(),
                e.getPath(), e.getSettlementType(), e.getResidentCount(),
                e.getTerritory().stream().map(OrgServiceImpl::toEntry).toList(), e.getVersion());
    }
}
