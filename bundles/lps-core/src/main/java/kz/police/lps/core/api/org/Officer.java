package kz.police.lps.core.api.org;

import java.util.List;

/**
 * A police officer.
 *
 * @param personnelNumber the personnel (service) number, unique
 * @param departmentId    the organisation node the officer serves in (a precinct, point, unit, LPS or body)
 * @param unitType        the unit id the officer belongs to ({@code district}, ...), or null for staff outside units
 * @param login           the user name the officer signs in with, if any: it ties a login to a data scope
 */
public record Officer(Long id, String personnelNumber, String surname, String name, String patronymic, String rank,
        String position, Long departmentId, String unitType, OfficerStatus status, String login,
        List<Absence> absences, Long version) {

    public Officer {
        absences = absences == null ? List.of() : List.copyOf(absences);
    }
}
