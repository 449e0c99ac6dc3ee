package kz.police.lps.unit.juvenile.internal.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.org.OrgService;
import kz.police.lps.core.api.org.OrgUnit;
import kz.police.lps.core.api.org.OrgUnitKind;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.juvenile.internal.JuvenileUnit;

/**
 * The juvenile affairs units of the core's organisation tree (nodes of kind {@code UNIT}, unit type
 * {@code juvenile}): what the unit's reviews and inspections are about (N-J9, N-J10). Read with the platform's caller;
 * the services check their own caller first.
 */
@Component(service = UnitNodes.class)
public class UnitNodes {

    private static final Caller SYSTEM = Caller.system(JuvenileUnit.ID);

    private final OrgService org;

    @Activate
    public UnitNodes(@Reference OrgService org) {
        this.org = org;
    }

    /** Every juvenile affairs unit node, by code (read region by region in the database). */
    public List<OrgUnit> all() {
        List<OrgUnit> out = new ArrayList<>();
        for (OrgUnit region : pages(offset -> org.list(SYSTEM, OrgUnitKind.REGION, null,
                PageRequest.of(PageRequest.MAX_LIMIT, offset, null, Set.of())))) {
            out.addAll(pages(offset -> org.listUnder(SYSTEM, region.id(), OrgUnitKind.UNIT, JuvenileUnit.ID,
                    PageRequest.of(PageRequest.MAX_LIMIT, offset, null, Set.of()))));
        }
        out.sort(Comparator.comparing(OrgUnit::code));
        return out;
    }

    /** The juvenile unit node named in {@code field}: 422 when missing or not such a node. */
    public OrgUnit field(String field, Long id) {
        if (id == null) {
            throw ValidationException.of(field, "required");
        }
        OrgUnit n;
        try {
            n = org.get(SYSTEM, id);
        } catch (RuntimeException e) {
            throw ValidationException.of(field, "juvenile.unit-node.unknown", id);
        }
        if (n.kind() != OrgUnitKind.UNIT || !JuvenileUnit.ID.equals(n.unitType())) {
            throw ValidationException.of(field, "juvenile.unit-node.unknown", id);
        }
        return n;
    }

    private static <T> List<T> pages(IntFunction<Page<T>> read) {
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
}
