package kz.police.lps.unit.juvenile.internal.rest;

import java.util.Set;

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
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.rest.RestParams;
import kz.police.lps.core.api.rest.RestResponses;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.juvenile.internal.inspection.Inspection;
import kz.police.lps.unit.juvenile.internal.inspection.InspectionJournal;
import kz.police.lps.unit.juvenile.internal.inspection.NewInspection;

@Component(service = InspectionsResource.class, property = JuvenileRest.BASE)
@Path("/inspections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "inspections", description = "Journal of JAU work inspection results, at least one a quarter (N-J10, "
        + "BR-J11 L1104-1110); an entry completes the quarter's task")
public class InspectionsResource {

    private final InspectionJournal journal;

    @Activate
    public InspectionsResource(@Reference InspectionJournal journal) {
        this.journal = journal;
    }

    @GET
    @Operation(summary = "The journal in scope, latest first; unit=<org node id>")
    public Response list(@Context Caller caller, @Context UriInfo uri, @QueryParam("unit") String unit,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        PageRequest page = PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset),
                null, Set.of());
        return RestParams.page(journal.list(caller, RestParams.id("unit", unit), page), uri);
    }

    @POST
    @Operation(summary = "Write an inspection into the journal (the unit's head role or lps-admin; 201)")
    public Response record(@Context Caller caller, @Context UriInfo uri, NewInspection body) {
        Inspection i = journal.record(caller, RestParams.requireBody(body));
        return RestResponses.created(uri, i.id(), i, i.version());
    }

    @GET
    @Path("/{id}")
    public Response get(@Context Caller caller, @PathParam("id") String id) {
        Inspection i = journal.get(caller, RestResponses.id("id", id));
        return RestResponses.ok(i, i.version());
    }
}
