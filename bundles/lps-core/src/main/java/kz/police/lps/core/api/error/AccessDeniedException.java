package kz.police.lps.core.api.error;

import java.util.List;

/** The caller is authenticated but has no role or scope for this action: HTTP 403. */
public class AccessDeniedException extends LpsException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String what) {
        super("access-denied", List.of(what), "access denied: " + what);
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String type() {
        return "access-denied";
    }
}
