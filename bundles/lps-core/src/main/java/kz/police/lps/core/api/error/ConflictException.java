package kz.police.lps.core.api.error;

import java.util.List;

/** The request clashes with existing data (a duplicate IIN, say): HTTP 409, naming the field. */
public class ConflictException extends LpsException {

    private static final long serialVersionUID = 1L;

    private final List<FieldError> errors;

    public ConflictException(String field, String code, Object... args) {
        super("conflict", List.of(), field + ": " + code);
        this.errors = List.of(FieldError.of(field, code, args));
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String type() {
        return "conflict";
    }

    @Override
    public List<FieldError> errors() {
        return errors;
    }
}
