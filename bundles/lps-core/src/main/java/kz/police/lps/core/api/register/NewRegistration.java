package kz.police.lps.core.api.register;

import java.time.LocalDate;
import java.util.Map;

/**
 * A placement on a register.
 *
 * @param registerId           the register
 * @param personId             the person placed
 * @param groundCode           a placement ground of that register
 * @param basisDocument        the document the placement rests on (court decision, protective order no. and date)
 * @param departmentId         the owning department; null means the caller's own
 * @param responsibleOfficerId the officer who supervises the person; null means the caller's own officer record
 * @param startedOn            the day of placement, not in the future; null means today
 * @param extra                the unit's own fields, a JSON object of at most {@value RegisterService#EXTRA_MAX_CHARS}
 *                             characters; or null
 */
public record NewRegistration(String registerId, Long personId, String groundCode, String basisDocument,
        Long departmentId, Long responsibleOfficerId, LocalDate startedOn, Map<String, Object> extra) {
}
