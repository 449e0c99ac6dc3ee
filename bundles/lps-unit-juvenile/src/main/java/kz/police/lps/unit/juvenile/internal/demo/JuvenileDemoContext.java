package kz.police.lps.unit.juvenile.internal.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.org.OrgUnit;
import kz.police.lps.core.api.person.Person;
import kz.police.lps.core.api.security.Caller;

/**
 * What the juvenile demo parts share: the platform caller, the demo logins' officers ({@code juvenile.inspector},
 * {@code juvenile.head}) at the demo city's juvenile affairs unit, that unit's node, the city's precincts, some of the
 * city's minors (under 18 today) and adults, the day the load runs, and a seeded random source, so every load of the
 * same region gives the same records.
 */
public record JuvenileDemoContext(Caller caller, Officer inspector, Officer head, OrgUnit unitNode,
        List<OrgUnit> precincts, List<Person> minors, List<Person> adults, LocalDate today, Random random) {

    public <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
