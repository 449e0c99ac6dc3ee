package kz.police.lps.core.api.person;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A person known to the police. The JSON field names are part of the public API: client systems rely on them.
 *
 * @param id            database id (read-only)
 * @param iin           individual identification number, 12 digits (see {@link Iin})
 * @param departmentId  owning department (organisation node) that decides who may see the record
 * @param precinctId    the administrative precinct the actual address resolves to (read-only, may be null)
 * @param version       optimistic-locking version, also sent as the {@code ETag} (read-only)
 */
public record Person(Long id, String iin, String surname, String name, String patronymic, LocalDate birthDate,
        Sex sex, String citizenship, Address registeredAddress, Address actualAddress, Long departmentId,
        Long precinctId, Long version, Instant createdAt, Instant updatedAt) {

    /** A new person's data as a client sends it (no id, no version). */
    public static Person draft(String iin, String surname, String name, String patronymic, LocalDate birthDate,
            Sex sex, String citizenship, Address registeredAddress, Address actualAddress, Long departmentId) {
        return new Person(null, iin, surname, name, patronymic, birthDate, sex, citizenship, registeredAddress,
                actualAddress, departmentId, null, null, null, null);
    }

    public String fullName() {
        return surname + " " + name + (patronymic == null || patronymic.isBlank() ? "" : " " + patronymic);
    }
}
