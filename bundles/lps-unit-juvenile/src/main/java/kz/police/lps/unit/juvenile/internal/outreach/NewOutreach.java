package kz.police.lps.unit.juvenile.internal.outreach;

import java.time.LocalDate;

/**
 * A meeting with the population or a media engagement to record (WF-J17, US-J55).
 *
 * @param officerId     the juvenile inspector; the caller's own when null
 * @param venue         the venue (a meeting) or the channel, outlet (media)
 * @param participants  who took part: the district inspectors (a meeting) or the outlet's people
 * @param audience      how many people attended, or the audience, when known
 */
public record NewOutreach(Long officerId, OutreachKind kind, LocalDate heldOn, String venue, String topic,
        String participants, Integer audience) {
}
