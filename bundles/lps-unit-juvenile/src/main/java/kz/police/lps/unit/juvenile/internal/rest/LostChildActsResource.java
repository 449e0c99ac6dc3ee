package kz.police.lps.unit.juvenile.internal.rest;

import java.util.Set;

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
import kz.police.lps.unit.juvenile.internal.placement.LostChildAct;
import kz.police.lps.unit.juvenile.internal.placement.LostChildActs;
import kz.police.lps.unit.juvenile.internal.placement.NewLostChildAct;

@Component(service = LostChildActsResource.class, property = JuvenileRest.BASE)
@Path("/lost-child-acts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "lost-child-acts", description = "Delivery acts of lost or abandoned children in 3 copies with fixed "
        + "destinations, each tracked (L1319-1334)")
public class LostChildActsResource {

    private final LostChildActs acts;

    @Activate
    public LostChildActsResource(@Reference LostChildActs acts) {
        this.acts = acts;
    }

    @GET
    public Response list(@Context Caller caller, @Context UriInfo uri, @QueryParam("personId") String personId,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        PageRequest page = PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset),
                null, Set.of());
        return RestParams.page(acts.list(caller, RestParams.id("personId", personId), page), uri);
    }

    @POST
    @Operation(summary = "Draw up an act: its 3 copies are made with their destinations (201)")
    public Response create(@Context Caller caller, @Context UriInfo uri, NewLostChildAct body) {
        LostChildAct a = acts.create(caller, RestParams.requireBody(body));
        return RestResponses.created(uri, a.id(), a, a.version());
    }

    @GET
    @Path("/{id}")
    public Response get(@Context Caller caller, @PathParam("id") String id) {
        LostChildAct a = acts.get(caller, RestResponses.id("id", id));
        return RestResponses.ok(a, a.version());
    }

    @PUT
    @Path("/{id}/copies/{copyNo}")
    @Operation(summary = "Track one copy (sent, registered, reference); If-Match is the act's version")
    public Response copy(@Context Caller caller, @PathParam("id") String id, @PathParam("copyNo") String copyNo,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, LostChildActs.CopyUpdate body) {
        LostChildAct a = acts.updateCopy(caller, RestResponses.id("id", id),
                RestParams.required("copyNo", RestParams.integer("copyNo", copyNo)), RestParams.ifMatch(ifMatch),
                body);
        return RestResponses.ok(a, a.version());
    }
}
