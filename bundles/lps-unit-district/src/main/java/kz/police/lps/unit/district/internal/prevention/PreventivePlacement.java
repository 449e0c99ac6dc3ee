package kz.police.lps.unit.district.internal.prevention;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The unit's part of a placement on the preventive register: the basis document and, for ground 3, the prior
 * convictions (L648-674, BR-28). The placement itself is the core's registration {@code registrationId}.
 */
public record PreventivePlacement(Long id, Long registrationId, Long personId, String groundCode, BasisKind basisKind,
        String basisNumber, LocalDate basisIssuedOn, String basisIssuedBy, Integer priorConvictions,
        String convictionsDocument, Long departmentId, String createdBy, Instant createdAt) {
}
