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
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;
import kz.police.lps.unit.juvenile.internal.cover.CoverEnd;
import kz.police.lps.unit.juvenile.internal.cover.CoverOrder;
import kz.police.lps.unit.juvenile.internal.cover.CoverOrders;
import kz.police.lps.unit.juvenile.internal.cover.JuvenileAbsence;
import kz.police.lps.unit.juvenile.internal.cover.NewAbsence;
import kz.police.lps.unit.juvenile.internal.cover.NewCoverOrder;

@Component(service = CoverOrdersResource.class, property = JuvenileRest.BASE)
@Path("/cover-orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "cover-orders", description = "Absences of juvenile inspectors and the head's cover orders naming the inspector "
        + "of an adjacent precinct (WF-J3, BR-J06: more than 30 working days)")
public class CoverOrdersResource {

    private final CoverOrders covers;
    private final JuvenileAccess access;

    @Activate
    public CoverOrdersResource(@Reference CoverOrders covers, @Reference JuvenileAccess access) {
        this.covers = covers;
        this.access = access;
    }

    @GET
    public Response list(@Context Caller caller, @Context UriInfo uri, @QueryParam("active") String active,
            @QueryParam("officer") String officer, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        PageRequest page = PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset),
                null, Set.of());
        return RestParams.page(covers.list(caller, RestParams.bool("active", active),
                access.officerParam(caller, "officer", officer), page), uri);
    }

    @POST
    @Operation(summary = "Issue a cover order naming the inspector of an adjacent precinct (the unit's head; 201)")
    public Response issue(@Context Caller caller, @Context UriInfo uri, NewCoverOrder body) {
        CoverOrder c = covers.issue(caller, RestParams.requireBody(body));
        return RestResponses.created(uri, c.id(), c, c.version());
    }

    @GET
    @Path("/{id}")
    public Response get(@Context Caller caller, @PathParam("id") String id) {
        CoverOrder c = covers.get(caller, RestResponses.id("id", id));
        return RestResponses.ok(c, c.version());
    }

    @POST
    @Path("/{id}/end")
    @Operation(summary = "End a cover order early (the unit's head; If-Match required)")
    public Response end(@Context Caller caller, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, CoverEnd body) {
        CoverOrder c = covers.end(caller, RestResponses.id("id", id), RestParams.ifMatch(ifMatch), body);
        return RestResponses.ok(c, c.version());
    }
}
