package kz.police.lps.unit.juvenile.internal.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
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
import kz.police.lps.unit.juvenile.internal.organisation.Assignments;
import kz.police.lps.unit.juvenile.internal.organisation.JuvenilePrecinct;
import kz.police.lps.unit.juvenile.internal.organisation.PrecinctInput;
import kz.police.lps.unit.juvenile.internal.organisation.UnitOrganisation;

@Component(service = JuvenilePrecinctsResource.class, property = JuvenileRest.BASE)
@Path("/precincts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "precincts", description = "The juvenile view of a core precinct: resident minors (N-J3), its juvenile "
        + "inspector, its handovers (BR-J04)")
public class JuvenilePrecinctsResource {

    private final UnitOrganisation organisation;
    private final Assignments assignments;

    @Activate
    public JuvenilePrecinctsResource(@Reference UnitOrganisation organisation, @Reference Assignments assignments) {
        this.organisation = organisation;
        this.assignments = assignments;
    }

    @GET
    @Path("/{id}")
    public Response get(@Context Caller caller, @PathParam("id") String id) {
        JuvenilePrecinct p = organisation.precinct(caller, RestResponses.id("id", id));
        return RestResponses.ok(p, p.version());
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Record the minors living in the precinct (the unit's head; If-Match once recorded)")
    public Response update(@Context Caller caller, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, PrecinctInput body) {
        JuvenilePrecinct p = organisation.updatePrecinct(caller, RestResponses.id("id", id),
                RestParams.ifMatch(ifMatch), RestParams.requireBody(body));
        return RestResponses.ok(p, p.version());
    }

    @GET
    @Path("/{id}/handovers")
    @Operation(summary = "The precinct's handovers with their passport entries, newest first")
    public Response handovers(@Context Caller caller, @PathParam("id") String id) {
        return Response.ok(assignments.handovers(caller, RestResponses.id("id", id))).build();
    }
}
