package kz.police.lps.unit.district.internal.rest;

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
import kz.police.lps.unit.district.internal.DistrictAccess;
import kz.police.lps.unit.district.internal.cover.CoverEnd;
import kz.police.lps.unit.district.internal.cover.CoverOrder;
import kz.police.lps.unit.district.internal.cover.CoverOrders;
import kz.police.lps.unit.district.internal.cover.NewCoverOrder;

@Component(service = CoversResource.class, property = DistrictRest.BASE)
@Path("/covers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "absences and cover", description = "Absences of district inspectors; longer than 5 working days they "
        + "need the head's cover order naming the inspector of an adjacent precinct (L369-374)")
public class CoversResource {

    private final CoverOrders covers;
    private final DistrictAccess access;

    @Activate
    public CoversResource(@Reference CoverOrders covers, @Reference DistrictAccess access) {
        this.covers = covers;
        this.access = access;
    }

    @GET
    @Operation(summary = "Cover orders in scope, latest first")
    public Response list(@Context Caller caller, @Context UriInfo uri,
            @Parameter(description = "true: in force today; false: ended or past") @QueryParam("active") String active,
            @Parameter(description = "'me' or an officer id (absent or covering)") @QueryParam("officer") String officer,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        PageRequest page = PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset),
                null, java.util.Set.of());
        return RestParams.page(covers.list(caller, RestParams.bool("active", active),
                access.officerParam(caller, "officer", officer), page), uri);
    }

    @POST
    @Operation(summary = "Issue a cover order (the head; 201): the cover must be the inspector of an adjacent "
            + "precinct, on duty and not away then; the absent officer's tasks go to them while the absence lasts")
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
    @Operation(summary = "End a cover order (the head; If-Match required); 409 when already ended")
    public Response end(@Context Caller caller, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, CoverEnd body) {
        CoverOrder c = covers.end(caller, RestResponses.id("id", id), RestParams.ifMatch(ifMatch), body);
        return RestResponses.ok(c, c.version());
    }
}
