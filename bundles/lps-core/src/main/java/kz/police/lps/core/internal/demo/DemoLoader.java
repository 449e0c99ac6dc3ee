package kz.police.lps.core.internal.demo;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;

import kz.police.lps.core.api.error.ConflictException;
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.org.OfficerService;
import kz.police.lps.core.api.org.OfficerStatus;
import kz.police.lps.core.api.org.OrgService;
import kz.police.lps.core.api.org.OrgUnit;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.person.Person;
import kz.police.lps.core.api.person.PersonQuery;
import kz.police.lps.core.api.person.PersonService;
import kz.police.lps.core.api.security.Caller;

/**
 * Loads a generated {@link DemoRegion} through the ordinary services (so every record is validated and audited as
 * written by {@code system}). Idempotent: nodes, officers and persons that already exist (by code, personnel number,
 * IIN) are skipped, so a second run adds nothing and an interrupted run completes.
 */
public final class DemoLoader {

    /** What a load did. */
    public record Result(int nodesCreated, int officersCreated, int personsCreated, long millis) {
    }

    private final OrgService org;
    private final OfficerService officers;
    private final PersonService persons;

    public DemoLoader(OrgService org, OfficerService officers, PersonService persons) {
        this.org = org;
        this.officers = officers;
        this.persons = persons;
    }

    /**
     * @param progress called with the percentage done, for shell progress output
     */
    public Result load(DemoRegion region, IntConsumer progress) {
        long start = System.currentTimeMillis();
        Caller system = Caller.system("demo-load");
        Map<String, Long> ids = new HashMap<>();
        int nodes = 0;
        for (DemoRegion.Node n : region.nodes()) {
            Optional<OrgUnit> existing = org.findByCode(system, n.code());
            if (existing.isPresent()) {
                ids.put(n.code(), existing.get().id());
                continue;
            }
            OrgUnit created = org.create(system, new OrgUnit(null, n.kind(), n.code(), n.name(),
                    n.parentCode() == null ? null : ids.get(n.parentCode()), n.unitType(), null, n.settlementType(),
                    n.residentCount(), n.territory(), null));
            ids.put(n.code(), created.id());
            nodes++;
        }
        progress.accept(5);
        int officerCount = 0;
        Set<String> existingOfficers = new HashSet<>();
        officers.list(system, null, null, PageRequest.first(PageRequest.MAX_LIMIT)).items()
                .forEach(o -> existingOfficers.add(o.personnelNumber()));
        for (DemoRegion.DemoOfficer o : region.officers()) {
            if (!existingOfficers.contains(o.personnelNumber())) {
                officers.create(system, new Officer(null, o.personnelNumber(), o.surname(), o.name(), o.patronymic(),
                        o.rank(), o.position(), ids.get(o.departmentCode()), o.unitType(), OfficerStatus.ACTIVE,
                        o.login(), null, null));
                officerCount++;
            }
        }
        progress.accept(10);
        int personCount = 0;
        int total = region.persons().size();
        int done = 0;
        for (DemoRegion.DemoPerson dp : alreadyLoaded(system, region, ids) ? List.<DemoRegion.DemoPerson>of()
                : region.persons()) {
            Person p = dp.person();
            try {
                persons.create(system, Person.draft(p.iin(), p.surname(), p.name(), p.patronymic(), p.birthDate(),
                        p.sex(), p.citizenship(), p.registeredAddress(), p.actualAddress(),
                        ids.get(dp.departmentCode())));
                personCount++;
            } catch (ConflictException alreadyThere) {
                // IIN taken: loaded by an earlier run
            }
            done++;
            if (done % Math.max(1, total / 18) == 0) {
                progress.accept(10 + (int) (90L * done / total));
            }
        }
        progress.accept(100);
        return new Result(nodes, officerCount, personCount, System.currentTimeMillis() - start);
    }

    /** Whether the demo bodies already hold at least as many persons as the region has (a restart, say). */
    private boolean alreadyLoaded(Caller system, DemoRegion region, Map<String, Long> ids) {
        Set<String> bodies = new HashSet<>();
        region.persons().forEach(p -> bodies.add(p.departmentCode()));
        long existing = 0;
        for (String body : bodies) {
            existing += persons.search(system, new PersonQuery(null, null, null, ids.get(body), null),
                    PageRequest.first(1)).total();
        }
        return existing >= region.persons().size();
    }

    /** Ids of the demo nodes by code, for placing demo accounts. */
    public Map<String, Long> nodeIds(DemoRegion region) {
        Caller system = Caller.system("demo-load");
        Map<String, Long> ids = new HashMap<>();
        for (DemoRegion.Node n : region.nodes()) {
            org.findByCode(system, n.code()).ifPresent(u -> ids.put(n.code(), u.id()));
        }
        return ids;
    }
}
