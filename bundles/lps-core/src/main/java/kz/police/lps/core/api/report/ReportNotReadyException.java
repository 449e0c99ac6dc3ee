package kz.police.lps.core.api.report;

import java.util.List;

import kz.police.lps.core.api.error.FieldError;
import kz.police.lps.core.api.error.LpsException;

/** The result of a run that is not (or not yet) done was asked for: HTTP 409, naming the run's {@code state}. */
public class ReportNotReadyException extends LpsException {

    private static final long serialVersionUID = 1L;

    private final List<FieldError> errors;

    public ReportNotReadyException(ReportRunState state) {
        super("report.run.not-done", List.of(state.name()), "report run is " + state);
        this.errors = List.of(FieldError.of("state", "report.run.not-done", state.name()));
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
