package kz.police.lps.core.api.error;

import java.util.List;

/** The addressed record does not exist, or lies outside the caller's data scope: HTTP 404. */
public class NotFoundException extends LpsException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String entity, Object id) {
        super("not-found", List.of(entity, String.valueOf(id)), entity + " " + id + " not found");
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String type() {
        return "not-found";
    }
}
