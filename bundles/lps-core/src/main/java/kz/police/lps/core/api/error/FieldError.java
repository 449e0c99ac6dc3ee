package kz.police.lps.core.api.error;

import java.util.List;

/**
 * One bad field of a request. {@code code} is a stable message key (for example {@code iin.checksum}); the REST layer
 * turns it into a Kazakh, Russian or English message. {@code args} fill the message's placeholders.
 */
public record FieldError(String field, String code, List<Object> args) {

    public FieldError {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static FieldError of(String field, String code, Object... args) {
        return new FieldError(field, code, List.of(args));
    }
}
