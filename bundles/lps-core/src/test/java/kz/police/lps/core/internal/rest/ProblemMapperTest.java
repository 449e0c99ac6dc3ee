package kz.police.lps.core.internal.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import javax.ws.rs.core.Response;

import org.junit.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import kz.police.lps.core.api.error.AccessDeniedException;
import kz.police.lps.core.api.error.ConflictException;
import kz.police.lps.core.api.error.FieldError;
import kz.police.lps.core.api.error.NotFoundException;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.error.VersionMismatchException;
import kz.police.lps.core.api.person.Person;

public class ProblemMapperTest {

    private final ProblemMapper mapper = new ProblemMapper(null);

    private static Problem problem(Response r) {
        assertEquals("application/problem+json", r.getMediaType().toString());
        return (Problem) r.getEntity();
    }

    @Test
    public void validationIs422NamingEveryField() {
        Response r = mapper.toResponse(new ValidationException(List.of(FieldError.of("iin", "iin.checksum"),
                FieldError.of("surname", "length.max", 100))));
        Problem p = problem(r);
        assertEquals(422, r.getStatus());
        assertEquals("urn:lps:problem:validation", p.type());
        assertEquals(2, p.errors().size());
        assertEquals("iin", p.errors().get(0).field());
        assertEquals("iin.checksum", p.errors().get(0).code());
        assertTrue(p.errors().get(1).message().contains("100"));
    }

    @Test
    public void statusesOfTheOtherLpsErrors() {
        assertEquals(404, mapper.toResponse(new NotFoundException("person", 5)).getStatus());
        assertEquals(403, mapper.toResponse(new AccessDeniedException("x")).getStatus());
        Response conflict = mapper.toResponse(new ConflictException("iin", "person.iin.taken"));
        assertEquals(409, conflict.getStatus());
        assertEquals("iin", problem(conflict).errors().get(0).field());
        assertEquals(412, mapper.toResponse(VersionMismatchException.stale(1, 2)).getStatus());
        assertEquals(428, mapper.toResponse(VersionMismatchException.missing()).getStatus());
    }

    @Test
    public void unreadableJsonIs400NamingTheField() throws Exception {
        ObjectMapper json = Json.mapper();
        Exception wrongType = capture(() -> json.readValue("{\"birthDate\":\"xx\"}", Person.class));
        Problem p = problem(mapper.toResponse(wrongType));
        assertEquals(400, p.status());
        assertEquals("birthDate", p.errors().get(0).field());

        Exception unknown = capture(() -> json.readValue("{\"nickname\":\"x\"}", Person.class));
        Problem u = problem(mapper.toResponse(unknown));
        assertEquals("nickname", u.errors().get(0).field());
        assertEquals("json.unknown-field", u.errors().get(0).code());

        Exception badEnum = capture(() -> json.readValue("{\"sex\":\"X\"}", Person.class));
        Problem e = problem(mapper.toResponse(badEnum));
        assertEquals("sex", e.errors().get(0).field());
        assertEquals("json.enum", e.errors().get(0).code());

        Exception syntax = capture(() -> json.readValue("{\"iin\":", Person.class));
        assertEquals(400, mapper.toResponse(syntax).getStatus());
    }

    @Test
    public void unexpectedErrorsAre500WithoutDetailsOfTheCause() {
        Response r = mapper.toResponse(new IllegalStateException("secret table name"));
        assertEquals(500, r.getStatus());
        assertTrue(!problem(r).detail().contains("secret"));
    }

    @Test
    public void defaultLanguageIsKazakh() {
        Problem p = problem(mapper.toResponse(new NotFoundException("person", 5)));
        assertEquals("Табылмады", p.title());
    }

    private interface Call {
        void run() throws Exception;
    }

    private static Exception capture(Call call) {
        try {
            call.run();
        } catch (Exception e) {
            return e;
        }
        throw new AssertionError("no exception");
    }
}
