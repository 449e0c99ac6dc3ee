package kz.police.lps.unit.district.internal.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import kz.police.lps.unit.district.internal.DistrictUnit;

/** The district officers on duty a report counts: those the caller sees, serving within the report's scope. */
@Component(service = DistrictOfficers.class)
public class DistrictOfficers {

    private final OfficerService officers;
    private final OrgService org;

    @Activate
    public DistrictOfficers(@Reference OfficerService officers, @Reference OrgService org) {
        this.officers = officers;
        this.org = org;
    }

    /** The unit's officers on duty serving in the scope, by id, read with the caller's rights. */
    public List<Officer> onDuty(Caller caller, DataScope scope) {
        List<Officer> found = new ArrayList<>();
        if (scope.isNone()) {
            return found;
        }
        Map<Long, Boolean> covered = new HashMap<>(); // per department: officers share a few hundred precincts
        int offset = 0;
        Page<Officer> page;
        do {
            page = officers.list(caller, null, DistrictUnit.ID, new PageRequest(PageRequest.MAX_LIMIT, offset,
                    List.of()));
            for (Officer o : page.items()) {
                if (o.status() == OfficerStatus.ACTIVE && o.departmentId() != null && covered.computeIfAbsent(
                        o.departmentId(), d -> org.pathOf(d).map(scope::covers).orElse(false))) {
                    found.add(o);
                }
            }
            offset += PageRequest.MAX_LIMIT;
        } while (page.hasNext());
        return found;
    }

    /** Surname, name and patronymic, as a report shows an officer. */
}
