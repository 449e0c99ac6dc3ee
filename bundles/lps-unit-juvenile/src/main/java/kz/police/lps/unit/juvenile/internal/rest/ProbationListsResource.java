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
import kz.police.lps.unit.juvenile.internal.inbound.NewProbationList;
import kz.police.lps.unit.juvenile.internal.inbound.ProbationList;
import kz.police.lps.unit.juvenile.internal.inbound.ProbationLists;

@Component(service = ProbationListsResource.class, property = JuvenileRest.BASE)
@Path("/probation-lists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "juvenile probation lists", description = "Monthly penal-system lists of minors registered with or "
        + "removed from probation, reconciled against the register of minors (BR-J38, L1490-1495)")
public class ProbationListsResource {

    private final ProbationLists lists;

    @Activate
    public ProbationListsResource(@Reference ProbationLists lists) {
        this.lists = lists;
    }

    @GET
    public Response list(@Context Caller caller, @Context UriInfo uri, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        PageRequest page = PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset),
                null, Set.of());
        return RestParams.page(lists.list(caller, page), uri);
    }

    @POST
    @Operation(summary = "Receive a monthly list and reconcile it against the register of minors (201)")
    public Response receive(@Context Caller caller, @Context UriInfo uri, NewProbationList body) {
        ProbationList l = lists.receive(caller, RestParams.requireBody(body));
        return WrittenOnce.created(uri, l.id(), l);
    }

    @GET
    @Path("/{id}")
    public ProbationList get(@Context Caller caller, @PathParam("id") String id) {
        return lists.get(caller, RestResponses.id("id", id));
    }
}
