package kz.police.lps.unit.district.internal.rest;

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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.rest.RestParams;
import kz.police.lps.core.api.rest.RestResponses;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.district.internal.firearms.CheckAssignment;
import kz.police.lps.unit.district.internal.firearms.FirearmCheck;
import kz.police.lps.unit.district.internal.firearms.FirearmChecks;
import kz.police.lps.unit.district.internal.firearms.FirearmOwner;
import kz.police.lps.unit.district.internal.firearms.NewCheckAssignment;
import kz.police.lps.unit.district.internal.firearms.NewFirearmCheck;
import kz.police.lps.unit.district.internal.firearms.NewFirearmOwner;
import kz.police.lps.unit.district.internal.firearms.OwnerClosure;
import kz.police.lps.unit.district.internal.firearms.OwnerFile;

@Component(service = FirearmOwnersResource.class, property = DistrictRest.BASE)
@Path("/firearm-owners")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "firearm owners", description = "Owners checked at least yearly and on assignment by the weapons-control "
        + "unit (L541-548); the Order 313 report within 5 working days (L551-558)")
public class FirearmOwnersResource {

    private final FirearmChecks firearms;

    @Activate
    public FirearmOwnersResource(@Reference FirearmChecks firearms) {
        this.firearms = firearms;
    }

    @GET
    @Operation(summary = "Owners in scope with the last counted check and the next due, the next due first")
    public Response list(@Context Caller caller, @Context UriInfo uri,
            @Parameter(description = "precinct (org node) id") @QueryParam("precinctId") String precinctId,
            @Parameter(description = "true: only those whose periodic check is overdue") @QueryParam("overdue")
            String overdue, @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        PageRequest page = PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset),
                null, Set.of());
        return RestParams.page(firearms.list(caller, RestParams.id("precinctId", precinctId),
                Boolean.TRUE.equals(RestParams.bool("overdue", overdue)), page), uri);
    }

    @POST
    @Operation(summary = "Record a firearm owner, in the precinct of the storage address (201)")
    public Response register(@Context Caller caller, @Context UriInfo uri, NewFirearmOwner body) {
        FirearmOwner o = firearms.register(caller, RestParams.requireBody(body));
        return RestResponses.created(uri, o.id(), o, o.version());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An owner with the checks and assignments (ETag: the owner record's version)")
    public Response get(@Context Caller caller, @PathParam("id") String id) {
        OwnerFile f = firearms.file(caller, RestResponses.id("id", id));
        return RestResponses.ok(f, f.owner().version());
    }

    @POST
    @Path("/{id}/closure")
    @Operation(summary = "Close the owner record (permit ended, weapons handed in; If-Match): no more periodic "
            + "checks, open check tasks cancelled")
    public Response close(@Context Caller caller, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, OwnerClosure body) {
        FirearmOwner o = firearms.close(caller, RestResponses.id("id", id), RestParams.ifMatch(ifMatch),
                RestParams.requireBody(body));
        return RestResponses.ok(o, o.version());
    }

    @POST
    @Path("/{id}/assignments")
    @Operation(summary = "A check assigned by the weapons-control unit: a task for the precinct's inspector (201)")
    public Response assign(@Context Caller caller, @Context UriInfo uri, @PathParam("id") String id,
            NewCheckAssignment body) {
        CheckAssignment a = firearms.assign(caller, RestResponses.id("id", id), RestParams.requireBody(body));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(a.id())).build()).entity(a).build();
    }

    @POST
    @Path("/{id}/checks")
    @Operation(summary = "Record a check; a counted one opens the Order 313 report task due in 5 working days (201)")
    public Response check(@Context Caller caller, @Context UriInfo uri, @PathParam("id") String id,
            NewFirearmCheck body) {
        FirearmCheck c = firearms.recordCheck(caller, RestResponses.id("id", id), RestParams.requireBody(body));
        return Response.created(uri.getBaseUriBuilder().path(FirearmChecksResource.class).path(String.valueOf(c.id()))
                .build()).entity(c).tag(RestParams.etag(c.version())).build();
    }
}
