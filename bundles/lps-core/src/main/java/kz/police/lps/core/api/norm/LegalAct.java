package kz.police.lps.core.api.norm;

import java.time.LocalDate;

import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * A legal act norms come from.
 *
 * @param code   stable key, e.g. {@code mia-order-1095-2015}
 * @param lines  where the textbook cites it ({@code L317-321}), for an administrator checking the source
 * @param unitId the contributing unit ({@code core} for the core)
 */
public record LegalAct(String code, ActKind kind, String number, LocalDate date, LocalizedText title, String lines,
        String unitId) {
}
