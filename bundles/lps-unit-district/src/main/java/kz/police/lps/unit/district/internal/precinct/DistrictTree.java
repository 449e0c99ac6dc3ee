package kz.police.lps.unit.district.internal.precinct;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.error.NotFoundException;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.org.OfficerService;
import kz.police.lps.core.api.org.OfficerStatus;
import kz.police.lps.core.api.org.OrgService;
import kz.police.lps.core.api.org.OrgUnit;
import kz.police.lps.core.api.org.OrgUnitKind;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.security.DataScope;
import kz.police.lps.core.api.security.Roles;
import kz.police.lps.unit.district.internal.DistrictAccess;

/**
 * The district unit's part of the core's organisation tree: its units, police points and precincts, read with the
 * platform's own caller (the services that use it check the caller's roles and scope themselves), and the district
 * officers serving in a subtree.
 */
@Component(service = DistrictTree.class)
public class DistrictTree {

    /** The unit reading the core's tree for itself; every service checks its own caller before. */
    static final Caller SYSTEM = Caller.system(DistrictAccess.UNIT);
    private static final int CHUNK = PageRequest.MAX_LIMIT;

    private final OrgService org;
    private final OfficerService officers;

    @Activate
    public DistrictTree(@Reference OrgService org, @Reference OfficerService officers) {
        this.org = org;
        this.officers = officers;
    }

    /** The node, if it is a node of the district unit of this kind; else a 404 naming {@code subject}. */
    public OrgUnit node(String subject, long id, OrgUnitKind kind) {
        OrgUnit n;
        try {
            n = org.get(SYSTEM, id);
        } catch (NotFoundException e) {
            throw new NotFoundException(subject, id);
        }
        if (n.kind() != kind || !DistrictAccess.UNIT.equals(n.unitType())) {
            throw new NotFoundException(subject, id);
        }
        return n;
    }

    /** The node named in a request body field: 422 naming the field unless it is a district node of this kind. */
    public OrgUnit field(String field, Long id, OrgUnitKind kind) {
        if (id == null) {
            throw ValidationException.of(field, "required");
        }
        try {
            return node(field, id, kind);
        } catch (NotFoundException e) {
            throw ValidationException.of(field, "district.precincts.node", id, kind.name());
        }
    }

    /**
     * Every node of the kind belonging to the district unit under the path prefix (all when null), by code: the
     * database reads only the subtree's nodes of the kind and unit (of each region when no prefix is given).
     */
    public List<OrgUnit> nodes(OrgUnitKind kind, String pathPrefix) {
        Long root = nodeOf(pathPrefix);
        List<OrgUnit> out = new ArrayList<>();
        if (root != null) {
            under(root, kind, out);
        } else {
            for (OrgUnit region : pages(offset -> org.list(SYSTEM, OrgUnitKind.REGION, null,
                    PageRequest.of(CHUNK, offset, null, Set.of())))) {
                under(region.id(), kind, out);
            }
        }
        out.sort(Comparator.comparing(OrgUnit::code));
        return out;
    }

    private void under(long root, OrgUnitKind kind, List<OrgUnit> out) {
        out.addAll(pages(offset -> org.listUnder(SYSTEM, root, kind, DistrictAccess.UNIT,
                PageRequest.of(CHUNK, offset, null, Set.of()))));
    }

    /** Every item of a paged read. */
    private static <T> List<T> pages(java.util.function.IntFunction<Page<T>> read) {
        List<T> out = new ArrayList<>();
        int offset = 0;
        while (true) {
            Page<T> page = read.apply(offset);
            out.addAll(page.items());
            offset += page.items().size();
            if (page.items().isEmpty() || offset >= page.total()) {
                return out;
            }
        }
    }

    /** The node whose materialised path this is ({@code /1/4/9/} → 9); null for none or the root {@code /}. */
    static Long nodeOf(String path) {
        if (path == null || !path.endsWith("/") || path.length() < 3) {
            return null;
        }
        int start = path.lastIndexOf('/', path.length() - 2) + 1;
        try {
            return Long.valueOf(path.substring(start, path.length() - 1));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The children of a node of one kind, by code. */
    public List<OrgUnit> children(long parentId, OrgUnitKind kind) {
        List<OrgUnit> out = new ArrayList<>();
        int offset = 0;
        while (true) {
            Page<OrgUnit> page = org.list(SYSTEM, kind, parentId, PageRequest.of(CHUNK, offset, null, Set.of()));
            out.addAll(page.items());
            offset += page.items().size();
            if (page.items().isEmpty() || offset >= page.total()) {
                break;
            }
        }
        out.sort(Comparator.comparing(OrgUnit::code));
        return out;
    }

    /** Whether the precinct is grouped in a police point (its parent), not directly under the unit's node. */
    public boolean inPoint(OrgUnit precinct) {
        return precinct.parentId() != null && org.get(SYSTEM, precinct.parentId()).kind() == OrgUnitKind.POLICE_POINT;
    }

    /** Of the parents of these precincts, those that are police points. */
    public Set<Long> points(List<OrgUnit> precincts) {
        Set<Long> out = new java.util.HashSet<>();
        precincts.stream().map(OrgUnit::parentId).filter(java.util.Objects::nonNull).distinct().forEach(id -> {
            if (org.get(SYSTEM, id).kind() == OrgUnitKind.POLICE_POINT) {
                out.add(id);
            }
        });
        return out;
    }

    /**
     * The path of the city/district body a node belongs to (precinct serial numbers are unique within it, L333-335);
     * the region's for a node outside any body.
     */
    public String bodyPath(OrgUnit node) {
        List<OrgUnit> chain = org.ancestry(SYSTEM, node.id());
        return chain.stream().filter(n -> n.kind() == OrgUnitKind.DISTRICT_BODY).map(OrgUnit::path).findFirst()
                .orElse(chain.get(0).path());
    }

    /**
     * Node id → the first active district officer (by id) serving in that very node, for these nodes (a precinct's
     * inspector): only the officers of those nodes are read, not every officer of the subtree around them.
     */
    public Map<Long, Long> servingIn(Collection<Long> nodeIds) {
        Map<Long, Long> out = new HashMap<>();
        for (Long node : new java.util.LinkedHashSet<>(nodeIds)) {
            pages(offset -> officers.list(SYSTEM, node, DistrictAccess.UNIT, PageRequest.of(CHUNK, offset, null,
                    Set.of()))).stream().filter(o -> o.status() == OfficerStatus.ACTIVE)
                    .forEach(o -> out.merge(node, o.id(), Math::min));
        }
        return out;
    }

    /** The active district officers serving in the subtree with this path (all when null). */
    public List<Officer> officers(String pathPrefix) {
        DataScope scope = pathPrefix == null ? DataScope.all() : DataScope.subtree(pathPrefix);
        Caller reader = new Caller(SYSTEM.username(), Set.of(Roles.ADMIN), scope, null, DistrictAccess.UNIT, null);
        List<Officer> out = new ArrayList<>();
        int offset = 0;
        while (true) {
            Page<Officer> page = officers.list(reader, null, DistrictAccess.UNIT,
                    PageRequest.of(CHUNK, offset, null, Set.of()));
            page.items().stream().filter(o -> o.status() == OfficerStatus.ACTIVE).forEach(out::add);
            offset += page.items().size();
            if (page.items().isEmpty() || offset >= page.total()) {
                break;
            }
        }
        return out;
    }

    /** An officer by id, or null when there is none. */
    public Officer officer(long id) {
        try {
            return officers.get(SYSTEM, id);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
