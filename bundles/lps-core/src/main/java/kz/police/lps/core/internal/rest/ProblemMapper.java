package kz.police.lps.core.internal.rest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import kz.police.lps.core.api.error.FieldError;
import kz.police.lps.core.api.error.LpsException;
import kz.police.lps.core.api.rest.ProblemTypes;

/**
 * Turns every exception into {@code application/problem+json}: LPS errors keep their status and field errors, a body
 * Jackson cannot read is a 400 naming the field, JAX-RS errors keep their status, anything else is a 500 whose
 * detail reveals nothing (the cause goes to the log).
 */
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    private final UnitMessages units;

    public ProblemMapper(UnitMessages units) {
        this.units = units;
    }

    @Override
    public Response toResponse(Throwable t) {
        Locale locale = locale();
        JsonProcessingException json = firstCause(t, JsonProcessingException.class);
        if (t instanceof LpsException e) {
            return respond(locale, e.status(), e.type(), Messages.get(locale, e.code(), e.args(), units),
                    e.errors());
        }
        if (firstCause(t, javax.persistence.OptimisticLockException.class) != null) {
            return respond(locale, 412, "precondition-failed", Messages.get(locale, "version.concurrent", List.of()),
                    List.of());
        }
        java.sql.SQLException sql = firstCause(t, java.sql.SQLException.class);
        if (sql != null && "23505".equals(sql.getSQLState())) { // unique violation, Derby and PostgreSQL
            return respond(locale, 409, "conflict", Messages.get(locale, "conflict", List.of()), List.of());
        }
        if (json != null) {
            return respond(locale, 400, "bad-request", Messages.get(locale, "json.body", List.of()),
                    List.of(jsonFieldError(json)));
        }
        if (t instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
            int status = w.getResponse().getStatus();
            String type = status == 404 ? "not-found" : status == 401 ? "unauthorized" : "http";
            return respond(locale, status, type,
                    t.getMessage() == null ? Response.Status.fromStatusCode(status).getReasonPhrase() : t.getMessage(),
                    List.of());
        }
        LOG.error("Unexpected error serving an LPS request", t);
        return respond(locale, 500, "internal", Messages.get(locale, "internal", List.of()), List.of());
    }

    private Response respond(Locale locale, int status, String type, String detail, List<FieldError> errors) {
        return respond(locale, status, type, detail, errors, units);
    }

    static Response respond(Locale locale, int status, String type, String detail, List<FieldError> errors,
            UnitMessages units) {
        return problem(locale, status, type, detail, errors, units).build();
    }

    private static Response.ResponseBuilder problem(Locale locale, int status, String type, String detail,
            List<FieldError> errors, UnitMessages units) {
        List<Problem.FieldProblem> fields = new ArrayList<>();
        for (FieldError e : errors) {
            fields.add(new Problem.FieldProblem(e.field(), e.code(), Messages.get(locale, e.code(), e.args(), units)));
        }
        Problem p = new Problem(ProblemTypes.uri(type), Messages.get(locale, "title." + type, List.of()), status,
                detail, requestPath(), fields);
        return Response.status(status).type(ProblemTypes.MEDIA_TYPE).header(HttpHeaders.CONTENT_LANGUAGE,
                locale.getLanguage()).entity(p);
    }

    private static FieldError jsonFieldError(JsonProcessingException e) {
        String field = "body";
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference r : m.getPath()) {
                if (r.getFieldName() != null) {
                    path.append(path.length() == 0 ? "" : ".").append(r.getFieldName());
                } else if (r.getIndex() >= 0) {
                    path.append('[').append(r.getIndex()).append(']');
                }
            }
            field = path.toString();
        }
        if (e instanceof UnrecognizedPropertyException) {
            return FieldError.of(field, "json.unknown-field");
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return FieldError.of(field, "json.enum", Arrays.toString(f.getTargetType().getEnumConstants()));
        }
        if (e instanceof JsonMappingException) {
            return FieldError.of(field, "json.type");
        }
        return FieldError.of(field, "json.syntax");
    }

    /** The first throwable of the given type in the cause chain, or null. */
    private static <T extends Throwable> T firstCause(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    private static Locale locale() {
        Message m = PhaseInterceptorChain.getCurrentMessage();
        if (m == null) {
            return Languages.pick((String) null);
        }
        return Languages.pick(RequestHeaders.first(m, HttpHeaders.ACCEPT_LANGUAGE));
    }

    private static String requestPath() {
        Message m = PhaseInterceptorChain.getCurrentMessage();
        Object uri = m == null ? null : m.get(Message.REQUEST_URI);
        return uri == null ? null : uri.toString();
    }
}
