package kz.police.lps.unit.district.internal.cover;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.org.OfficerService;
import kz.police.lps.core.api.org.OrgService;
import kz.police.lps.core.api.org.OrgUnit;
import kz.police.lps.core.api.org.OrgUnitKind;
import kz.police.lps.core.api.security.Caller;

/**
 * The default {@link Adjacency}, from the core's organisation tree alone: two different precincts under the same
 * district police point (or directly under the same unit) are adjacent. The tree holds no geography, so precincts of
 * two neighbouring rural points (one village each, L330-331) are not adjacent here; an explicit adjacency of the
 * precincts registered with a higher service ranking replaces this one.
 */
@Component(service = Adjacency.class, property = "service.ranking:Integer=" + OrgTreeAdjacency.RANKING)
public class OrgTreeAdjacency implements Adjacency {

    /** Low, so that any explicit adjacency wins. */
    public static final int RANKING = -100;

    private final OfficerService officers;
    private final OrgService org;

    @Activate
    public OrgTreeAdjacency(@Reference OfficerService officers, @Reference OrgService org) {
        this.officers = officers;
        this.org = org;
    }

    @Override
    public boolean adjacent(long officerA, long officerB) {
        Optional<OrgUnit> a = precinctOf(officerA);
        Optional<OrgUnit> b = precinctOf(officerB);
        return a.isPresent() && b.isPresent() && !a.get().id().equals(b.get().id())
                && a.get().parentId() != null && a.get().parentId().equals(b.get().parentId());
    }

    private Optional<OrgUnit> precinctOf(long officerId) {
        Caller system = Caller.system("district");
        try {
            Officer o = officers.get(system, officerId);
            OrgUnit node = org.get(system, o.departmentId());
            return node.kind() == OrgUnitKind.PRECINCT ? Optional.of(node) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
