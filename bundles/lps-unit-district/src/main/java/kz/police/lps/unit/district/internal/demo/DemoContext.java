package kz.police.lps.unit.district.internal.demo;

import java.util.List;
import java.util.Random;

import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.org.OrgUnit;
import kz.police.lps.core.api.person.Person;
import kz.police.lps.core.api.security.Caller;

/**
 * What the demo parts share: the platform caller, the demo city's district officers (the demo logins'
 * {@code district.inspector} and {@code district.head} first), its police points and precincts, some of its residents
 * and a seeded random source, so every load of the same region gives the same records.
 */
public record DemoContext(Caller caller, Officer inspector, Officer head, List<Officer> precinctInspectors,
        List<OrgUnit> points, List<OrgUnit> precincts, List<Person> residents, Random random) {

    public <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
