package kz.police.lps.core.internal.validation;

import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.person.Names;

/** Field checks shared by the core services; each adds a field error to the collector. */
public final class Checks {

    private Checks() {
    }

    /** At most {@code max} characters, and no control characters (PostgreSQL refuses NUL; terminals obey ESC). */
    public static void maxLength(ValidationException.Collector errors, String field, String value, int max) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            errors.add(field, "length.max", max);
        } else if (value.chars().anyMatch(Character::isISOControl)) {
            errors.add(field, "text.control");
        }
    }

    /** A surname, given name or patronymic: Kazakh/Russian Cyrillic letters, at most 100 characters. */
    public static void name(ValidationException.Collector errors, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(field, "required");
            }
        } else if (value.length() > 100) {
            errors.add(field, "length.max", 100);
        } else if (!Names.isValidName(value)) {
            errors.add(field, "name.letters");
        }
    }
}
