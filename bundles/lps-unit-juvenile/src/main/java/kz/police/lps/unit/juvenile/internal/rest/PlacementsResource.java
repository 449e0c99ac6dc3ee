package kz.police.lps.unit.juvenile.internal.rest;

import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
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
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;
import kz.police.lps.unit.juvenile.internal.placement.NewPlacement;
import kz.police.lps.unit.juvenile.internal.placement.Placement;
import kz.police.lps.unit.juvenile.internal.placement.PlacementStatus;
import kz.police.lps.unit.juvenile.internal.placement.Placements;

@Component(service = PlacementsResource.class, property = JuvenileRest.BASE)
@Path("/placements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "placements", description = "Resolutions placing minors in the adaptation centre (WF-J9, L1294-1317): "
        + "4 categories, unattended children aged 3-18 (L977-980); leaving the centre is not in the textbook")
public class PlacementsResource {

    private final Placements placements;
    private final JuvenileAccess access;

    @Activate
    public PlacementsResource(@Reference Placements placements, @Reference JuvenileAccess access) {
        this.placements = placements;
        this.access = access;
    }

    @GET
    @Operation(summary = "Placements in the caller's scope, latest first (personId, officer, status=IN_CENTRE|LEFT)")
    public Response list(@Context Caller caller, @Context UriInfo uri, @QueryParam("personId") String personId,
            @QueryParam("officer") String officer, @QueryParam("status") String status,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        PageRequest page = PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset),
                null, Set.of());
        return RestParams.page(placements.list(caller, new Placements.Query(RestParams.id("personId", personId),
                access.officerParam(caller, "officer", officer),
                RestParams.enumeration("status", status, PlacementStatus.class)), page), uri);
    }

    @POST
    @Operation(summary = "Issue a placement resolution for a minor not in the delivered-minors journal (a delivered "
            + "minor is placed through the delivery's outcome; 201)")
    public Response create(@Context Caller caller, @Context UriInfo uri, NewPlacement body) {
        Placement p = placements.place(caller, RestParams.requireBody(body));
        return RestResponses.created(uri, p.id(), p, p.version());
    }

    @GET
    @Path("/{id}")
    public Response get(@Context Caller caller, @PathParam("id") String id) {
        Placement p = placements.get(caller, RestResponses.id("id", id));
        return RestResponses.ok(p, p.version());
    }

    @POST
    @Path("/{id}/leaving")
    @Operation(summary = "Record that the minor left the centre: the day and to whom (not from the textbook); If-Match")
    public Response leave(@Context Caller caller, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Placements.Leaving body) {
        Placement p = placements.leave(caller, RestResponses.id("id", id), RestParams.ifMatch(ifMatch), body);
        return RestResponses.ok(p, p.version());
    }
}
