package kz.police.lps.core.api.register;

import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.unit.CardAlert;

/**
 * A register a unit keeps, as its bundle's register file declares it.
 *
 * @param id           stable id prefixed with the unit id: {@code district.preventive}
 * @param unitId       the unit that keeps it
 * @param restricted   need-to-know: only holders of a role of the unit (and {@code lps-admin}) learn of its
 *                     registrations (minors, domestic violence, destructive religious movements)
 * @param alert        the severity of the card alert raised for a person on it
 * @param actCode      the act that establishes it, or null for a configurable register
 * @param lines        the textbook lines it comes from, e.g. {@code L643-674}
 * @param configurable whether the texts are silent on it (a configurable default, not a legal norm)
 */
public record RegisterDefinition(String id, String unitId, LocalizedText name, boolean restricted,
        CardAlert.Severity alert, String actCode, String lines, boolean configurable) {
}
