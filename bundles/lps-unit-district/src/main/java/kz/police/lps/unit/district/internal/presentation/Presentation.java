package kz.police.lps.unit.district.internal.presentation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A presentation (ұсыныс) or instruction (нұсқама) to eliminate the causes and conditions of offences, mandatory for
 * its addressee (textbook L107-113, L505-508), and how its execution stands.
 *
 * @param number       {@code <department code>-PR-<year>-<serial>}, per department and year of issue
 * @param officerId    the issuing inspector, who tracks its execution
 * @param personId     the addressee when an individual of the person registry
 * @param entityName   the addressee when a legal entity: its name
 * @param entityBin    and its business identification number
 * @param causes       the causes and conditions conducive to offences identified
 * @param measures     the measures required
 * @param dueAt        the response deadline: norm {@code district.presentation.response-deadline} from the issue
 * @param taskId       the issuing officer's execution-tracking task
 * @param responseOn   the day the addressee's response came
 * @param outcomeOn    the day execution (or its failure) was established
 */
public record Presentation(Long id, String number, PresentationKind kind, Long departmentId, Long officerId,
        LocalDate issuedOn, Long personId, String entityName, String entityBin, String entityAddress, String causes,
        String measures, Instant dueAt, Long taskId, PresentationStatus status, LocalDate responseOn,
        String responseText, LocalDate outcomeOn, String outcomeNote, String createdBy, Instant createdAt,
        Long version) {
}
