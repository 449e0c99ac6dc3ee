package kz.police.lps.unit.juvenile.internal.delivery;

import java.time.Instant;
import java.util.List;

/**
 * A delivery to register in the journal (US-J26, BR-J21): the minor (a core person under 18 on the day), the
 * ground, the parents or legal representatives (core persons), the upbringing conditions and the causes and
 * conditions (required), who involved the minor and where prohibited products were sold. {@code residesOutsideArea}
 * is the inspector's flag; when absent, the minor's precinct of residence decides (BR-J28).
 */
public record NewDelivery(Long officerId, Long personId, Instant deliveredAt, String deliveredTo,
        DeliveryGround ground, String groundDetails, String place, List<Long> representativeIds,
        String upbringingConditions, String causesAndConditions, String involvingPersons,
        String prohibitedSalePlaces, Long raidId, Boolean residesOutsideArea, String residenceUnit) {
}
