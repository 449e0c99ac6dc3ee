package kz.police.lps.core.api.unit;

import java.util.List;

import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * A unit's part of a person card.
 *
 * @param restricted true when the reader may only learn that the unit holds a record (need-to-know), not its content;
 *                   {@code data} is then null
 * @param data       any JSON-serialisable value (a record or a map)
 */
public record PersonCardSection(String unitId, LocalizedText title, boolean restricted, Object data,
        List<CardAlert> alerts) {

    public PersonCardSection {
        alerts = alerts == null ? List.of() : List.copyOf(alerts);
    }

    public static PersonCardSection of(String unitId, LocalizedText title, Object data) {
        return new PersonCardSection(unitId, title, false, data, List.of());
    }
}
