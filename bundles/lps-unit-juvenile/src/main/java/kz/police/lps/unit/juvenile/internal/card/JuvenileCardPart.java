package kz.police.lps.unit.juvenile.internal.card;

import kz.police.lps.core.api.unit.CardPart;

/**
 * One part of the juvenile unit's card section (registrations, deliveries, placements, ...), registered as a service
 * by the area holding the records. Every part of this unit is need-to-know: a reader without a role of the unit learns
 * only that the unit holds a record about the person, which {@link #holds} answers without reading any content.
 */
public interface JuvenileCardPart extends CardPart {

    /** Whether the part holds any record about the person (an existence check with the platform's rights). */
    boolean holds(long personId);

    @Override
    default boolean restricted() {
        return true;
    }
}
