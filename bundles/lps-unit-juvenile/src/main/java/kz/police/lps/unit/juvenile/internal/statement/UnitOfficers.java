package kz.police.lps.unit.juvenile.internal.statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.org.OfficerService;
import kz.police.lps.core.api.org.OfficerStatus;
import kz.police.lps.core.api.org.OrgService;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.security.DataScope;
import kz.police.lps.unit.juvenile.internal.JuvenileUnit;

/** The juvenile officers on duty serving in a scope (for the monthly report and the shell), by name. */
@Component(service = UnitOfficers.class)
public class UnitOfficers {

    private static final Caller SYSTEM = Caller.system(JuvenileUnit.ID);

    private final OfficerService officers;
    private final OrgService org;

    @Activate
    public UnitOfficers(@Reference OfficerService officers, @Reference OrgService org) {
        this.officers = officers;
        this.org = org;
    }

    public List<Officer> onDuty(DataScope scope) {
        List<Officer> out = new ArrayList<>();
        if (scope.isNone()) {
            return out;
        }
        int offset = 0;
        while (true) {
            Page<Officer> page = officers.list(SYSTEM, null, JuvenileUnit.ID,
                    PageRequest.of(PageRequest.MAX_LIMIT, offset, null, Set.of()));
            for (Officer o : page.items()) {
                if (o.status() == OfficerStatus.ACTIVE && o.departmentId() != null
                        && org.pathOf(o.departmentId()).map(scope::covers).orElse(false)) {
                    out.add(o);
                }
            }
            offset += page.items().size();
            if (page.items().isEmpty() || offset >= page.total()) {
                break;
            }
        }
        out.sort(Comparator.comparing(Officer::surname, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Officer::id));
        return out;
    }
}
