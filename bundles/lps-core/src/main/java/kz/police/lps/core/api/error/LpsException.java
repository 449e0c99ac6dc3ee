package kz.police.lps.core.api.error;

import java.util.List;

/**
 * The base of every error the LPS services throw on purpose. The REST layer maps each to an RFC 9457
 * {@code application/problem+json} answer with {@link #status()} and the stable type {@code /problems/<type>}.
 */
public abstract class LpsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final List<Object> args;

    protected LpsException(String code, List<Object> args, String debugMessage) {
        super(debugMessage);
        this.code = code;
        this.args = args == null ? List.of() : List.copyOf(args);
    }

    /** The HTTP status this error stands for. */
    public abstract int status();

    /** The stable problem type slug, e.g. {@code validation}, {@code not-found}. */
    public abstract String type();

    /** A message key for the problem's {@code detail}. */
    public String code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }

    /** The field errors, if any. */
    public List<FieldError> errors() {
        return List.of();
    }
}
