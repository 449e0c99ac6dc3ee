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
import kz.police.lps.unit.juvenile.internal.organisation.Handover;
import kz.police.lps.unit.juvenile.internal.organisation.NewHandover;

@Component(service = HandoversResource.class, property = JuvenileRest.BASE)
@Path("/handovers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "handovers", description = "A precinct handed over to a new juvenile inspector before the ЖПҚ head or "
        + "deputy, with its passport entry (BR-J04, L801-807)")
public class HandoversResource {

    private final Assignments assignments;

    @Activate
    public HandoversResource(@Reference Assignments assignments) {
        this.assignments = assignments;
    }

    @POST
    @Operation(summary = "Record a handover: passport entry and the incoming inspector's assignment (a head; 201)")
    public Response create(@Context Caller caller, @Context UriInfo uri, NewHandover body) {
        Handover h = assignments.handover(caller, RestParams.requireBody(body));
        return RestResponses.created(uri, h.id(), h, h.version());
    }
}
