package kz.police.lps.core.api.person;

import java.time.LocalDate;

/**
 * A person search. {@code name} matches the start of surname, name or "surname name" and tolerates Kazakh/Russian
 * letter variants (і/и, ұ/у, қ/к, ө/о, ә/а, ү/у, ғ/г, ң/н, һ/х). All given criteria must hold.
 */
public record PersonQuery(String iin, String name, LocalDate birthDate, Long departmentId, Long precinctId) {

    public static PersonQuery byIin(String iin) {
        return new PersonQuery(iin, null, null, null, null);
    }

    public static PersonQuery byName(String name) {
        return new PersonQuery(null, name, null, null, null);
    }
}
