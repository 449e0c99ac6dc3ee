package kz.police.lps.core.internal.rest;

import java.util.List;

/** An RFC 9457 problem detail. {@code errors} names each bad field. */
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldProblem> errors) {

    /** One bad field: its JSON path, the stable code and the message in the answer's language. */
    public record FieldProblem(String field, String code, String message) {
    }
}
