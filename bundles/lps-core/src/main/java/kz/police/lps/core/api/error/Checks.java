package kz.police.lps.core.api.error;

import kz.police.lps.core.api.person.Names;

/** Field checks shared by the core and the units; each adds a field error to the collector. */
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

    /**
     * A free text (a summary, note, basis document): {@code required} ones not blank; at most {@code max} characters
     * once stripped; line breaks and tabs allowed, other control characters not (PostgreSQL refuses NUL; terminals
     * obey ESC). Returns the stripped text, null when blank.
     */
    public static String text(ValidationException.Collector errors, String field, String value, int max,
            boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(field, "required");
            }
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            errors.add(field, "length.max", max);
        } else if (stripped.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            errors.add(field, "text.control");
        }
        return stripped;
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
