package kz.police.lps.core.api.error;

import java.util.ArrayList;
import java.util.List;

/** Input that breaks a rule: HTTP 422, with every bad field named. Nothing has been written. */
public class ValidationException extends LpsException {

    private static final long serialVersionUID = 1L;

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super("validation.failed", List.of(), describe(errors));
        this.errors = List.copyOf(errors);
    }

    public ValidationException(FieldError error) {
        this(List.of(error));
    }

    public static ValidationException of(String field, String code, Object... args) {
        return new ValidationException(FieldError.of(field, code, args));
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String type() {
        return "validation";
    }

    @Override
    public List<FieldError> errors() {
        return errors;
    }

    private static String describe(List<FieldError> errors) {
        List<String> parts = new ArrayList<>();
        for (FieldError e : errors) {
            parts.add(e.field() + ": " + e.code());
        }
        return String.join(", ", parts);
    }

    /** Collects field errors and throws them together. */
    public static final class Collector {
        private final List<FieldError> errors = new ArrayList<>();

        public Collector add(String field, String code, Object... args) {
            errors.add(FieldError.of(field, code, args));
            return this;
        }

        public Collector addAll(List<FieldError> more) {
            errors.addAll(more);
            return this;
        }

        public boolean isEmpty() {
            return errors.isEmpty();
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
        }
    }
}
