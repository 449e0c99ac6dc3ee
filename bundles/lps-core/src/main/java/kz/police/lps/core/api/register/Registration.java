package kz.police.lps.core.api.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A person's placement on a register, from placement to removal. Never deleted: a removed registration is the
 * person's history.
 *
 * @param unitId               the unit keeping the register
 * @param departmentId         the owning department: decides who may see it
 * @param lastCheckedOn        the day of the latest check recorded, or null
 * @param extra                the unit's own fields (a JSON object), or null
 * @param version              for If-Match
 */
public record Registration(Long id, String registerId, String unitId, long personId, String groundCode,
        String basisDocument, Long departmentId, Long responsibleOfficerId, LocalDate startedOn,
        RegistrationStatus status, LocalDate removedOn, String removalGroundCode, String removalNote,
        LocalDate lastCheckedOn, Map<String, Object> extra, String createdBy, Instant createdAt, String removedBy,
        Instant removedAt, Long version) {

    public boolean active() {
        return status == RegistrationStatus.ACTIVE;
    }
}
