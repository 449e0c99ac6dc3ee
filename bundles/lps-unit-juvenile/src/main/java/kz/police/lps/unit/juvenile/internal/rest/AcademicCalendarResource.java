package kz.police.lps.unit.juvenile.internal.rest;

import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.rest.RestParams;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.juvenile.internal.schoolwork.AcademicCalendar;
import kz.police.lps.unit.juvenile.internal.schoolwork.AcademicYearInput;

@Component(service = AcademicCalendarResource.class, property = JuvenileRest.BASE)
@Path("/academic-calendar")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "academic-calendar", description = "Academic years and their four academic quarters with vacations (configurable data; the textbook gives no dates)")
public class AcademicCalendarResource {

    private final AcademicCalendar calendar;

    @Activate
    public AcademicCalendarResource(@Reference AcademicCalendar calendar) {
        this.calendar = calendar;
    }

    private static PageRequest page(String limit, String offset) {
        return PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset), null,
                Set.of());
    }

    @GET
    @Operation(summary = "Every academic quarter on record")
    public Response list(@Context Caller caller) {
        return Response.ok(calendar.list(caller)).build();
    }

    @GET
    @Path("/{startYear}")
    @Operation(summary = "One academic year's quarters (2026 = 2026/2027)")
    public Response year(@Context Caller caller, @PathParam("startYear") String startYear) {
        return Response.ok(calendar.year(caller, RestParams.integer("startYear", startYear))).build();
    }

    @PUT
    @Path("/{startYear}")
    @Operation(summary = "Set one academic year's quarters (the unit's head or lps-admin)")
    public Response put(@Context Caller caller, @PathParam("startYear") String startYear, AcademicYearInput body) {
        return Response.ok(calendar.put(caller, RestParams.integer("startYear", startYear),
                RestParams.requireBody(body))).build();
    }
}
