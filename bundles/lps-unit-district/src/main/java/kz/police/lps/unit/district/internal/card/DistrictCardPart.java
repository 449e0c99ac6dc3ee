package kz.police.lps.unit.district.internal.card;

import kz.police.lps.core.api.unit.CardPart;

/**
 * One part of the district unit's section of a person card, registered as a service by the area that holds the
 * records (presentations, firearm checks, destructive-movement monitoring, ...). {@link DistrictCardSection}
 * gathers the parts, so an area adds itself to the card without touching the others. A restricted part (e.g.
 * destructive religious movements) is shown only to callers with a role of the district unit and {@code lps-admin}.
 */
public interface DistrictCardPart extends CardPart {
}
