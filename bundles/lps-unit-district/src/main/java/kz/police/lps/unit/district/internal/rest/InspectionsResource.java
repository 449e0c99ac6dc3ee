package kz.police.lps.unit.district.internal.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.rest.RestParams;
import kz.police.lps.core.api.rest.RestResponses;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.district.internal.inspection.Inspection;
import kz.police.lps.unit.district.internal.inspection.InspectorsBook;
import kz.police.lps.unit.district.internal.inspection.NewInspection;

@Component(service = InspectionsResource.class, property = DistrictRest.BASE)
@Path("/inspections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "inspections", description = "The inspectors' book of the district police points (тексерушілер кітабы, "
        + "L616-624): monthly, quarterly and half-yearly inspections, each period a task")
public class InspectionsResource {

    private final InspectorsBook book;

    @Activate
    public InspectionsResource(@Reference InspectorsBook book) {
        this.book = book;
    }

    @GET
    @Operation(summary = "The inspectors' book in scope, latest first")
    public Response list(@Context Caller caller, @Context UriInfo uri,
            @Parameter(description = "a district police point's id") @QueryParam("pointId") String pointId,
            @Parameter(description = "inspected on or after (YYYY-MM-DD)") @QueryParam("from") String from,
            @Parameter(description = "inspected on or before (YYYY-MM-DD)") @QueryParam("to") String to,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        PageRequest page = PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset),
                null, java.util.Set.of());
        return RestParams.page(book.list(caller, RestParams.id("pointId", pointId), RestParams.date("from", from),
                RestParams.date("to", to), page), uri);
    }

    @POST
    @Operation(summary = "Write an inspection into the book (the head; 201); it completes the period's task of the "
            + "point and level")
    public Response record(@Context Caller caller, @Context UriInfo uri, NewInspection body) {
        Inspection i = book.record(caller, RestParams.requireBody(body));
        return RestResponses.created(uri, i.id(), i, i.version());
    }

    @GET
    @Path("/{id}")
    public Response get(@Context Caller caller, @PathParam("id") String id) {
        Inspection i = book.get(caller, RestResponses.id("id", id));
        return RestResponses.ok(i, i.version());
    }
}
