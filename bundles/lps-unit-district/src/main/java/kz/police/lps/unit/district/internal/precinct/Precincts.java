package kz.police.lps.unit.district.internal.precinct;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.error.NotFoundException;
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.org.OrgService;
import kz.police.lps.core.api.org.OrgUnit;
import kz.police.lps.core.api.org.OrgUnitKind;
import kz.police.lps.unit.district.internal.DistrictAccess;
import kz.police.lps.unit.district.internal.DistrictSchema;

/**
 * What the unit's other areas ask about precincts, without a caller (they check their own caller first): which
 * precincts border each other (the cover of an absent inspector goes to the inspector of an adjacent precinct,
 * L369-374) and which inspector serves which precinct.
 * <p>
 * A precinct's inspector is the one the head assigned by order (the precinct record, set by the head or by the
 * handover, L323-326); before any assignment is recorded, the district officer serving in the precinct's node.
 */
@Component(service = Precincts.class)
public class Precincts {

    private final JpaTemplate jpa;
    private final DistrictTree tree;
    private final OrgService org;

    @Activate
    public Precincts(@Reference(target = DistrictSchema.JPA) JpaTemplate jpa,
            @Reference(target = DistrictSchema.TARGET) SchemaReady schema, @Reference DistrictTree tree,
            @Reference OrgService org) {
        this.jpa = jpa;
        this.tree = tree;
        this.org = org;
    }

    /** Whether the two precincts border each other (as recorded by the head); a precinct is not adjacent to itself. */
    public boolean adjacent(long precinctA, long precinctB) {
        if (precinctA == precinctB) {
            return false;
        }
        return jpa.txExpr(TransactionType.Supports, em -> !em.createQuery("SELECT a.id FROM PrecinctAdjacencyEntity a "
                + "WHERE a.low = :l AND a.high = :h", Long.class).setParameter("l", Math.min(precinctA, precinctB))
                .setParameter("h", Math.max(precinctA, precinctB)).setMaxResults(1).getResultList().isEmpty());
    }

    /** The precincts bordering this one, by id. */
    public Set<Long> adjacentTo(long precinctId) {
        List<Long> ids = jpa.txExpr(TransactionType.Supports,
                em -> PrecinctRegistry.adjacency(em, List.of(precinctId)).getOrDefault(precinctId, List.of()));
        return new TreeSet<>(ids);
    }

    /**
     * The precinct the officer is the inspector of: the one the officer is assigned to by order (the lowest node id
     * when several), else the district precinct the officer serves in, unless another inspector is assigned to it.
     */
    public Optional<Long> precinctOfInspector(long officerId) {
        List<Long> assigned = precinctsAssigned(officerId);
        if (!assigned.isEmpty()) {
            return Optional.of(assigned.get(0));
        }
        Officer o = tree.officer(officerId);
        if (o == null || !DistrictAccess.UNIT.equals(o.unitType()) || o.departmentId() == null) {
            return Optional.empty();
        }
        OrgUnit dept;
        try {
            dept = org.get(DistrictTree.SYSTEM, o.departmentId());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        if (dept.kind() != OrgUnitKind.PRECINCT) {
            return Optional.empty();
        }
        Long recorded = recordedInspector(dept.id());
        return recorded == null || recorded == officerId ? Optional.of(dept.id()) : Optional.empty();
    }

    /** The precincts the officer is the inspector of: those assigned by order, else the one they serve in. */
    public List<Long> precinctsOfInspector(long officerId) {
        List<Long> assigned = precinctsAssigned(officerId);
        return !assigned.isEmpty() ? assigned : precinctOfInspector(officerId).map(List::of).orElse(List.of());
    }

    /** The precincts the officer is assigned to by order, by node id. */
    public List<Long> precinctsAssigned(long officerId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT p.nodeId FROM PrecinctEntity p "
                + "WHERE p.inspectorId = :o ORDER BY p.nodeId", Long.class).setParameter("o", officerId)
                .getResultList());
    }

    /** The precinct's inspector: assigned by order, else the first district officer serving in its node. */
    public Optional<Long> inspectorOf(long precinctId) {
        Long recorded = recordedInspector(precinctId);
        if (recorded != null) {
            return Optional.of(recorded);
        }
        return Optional.ofNullable(tree.servingIn(List.of(precinctId)).get(precinctId));
    }

    private Long recordedInspector(long precinctId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            PrecinctEntity e = em.find(PrecinctEntity.class, precinctId);
            return e == null ? null : e.getInspectorId();
        });
    }
}
