package kz.police.lps.unit.district.internal.rest;

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
import kz.police.lps.core.api.rest.RestParams;
import kz.police.lps.core.api.rest.RestResponses;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.district.internal.precinct.NewPolicePoint;
import kz.police.lps.unit.district.internal.precinct.PointUpdate;
import kz.police.lps.unit.district.internal.precinct.PolicePoint;
import kz.police.lps.unit.district.internal.precinct.PolicePoints;
import kz.police.lps.unit.district.internal.precinct.Premises;

@Component(service = PointsResource.class, property = DistrictRest.BASE)
@Path("/points")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "police points", description = "District police points (УПП, §4.2): staff number and head by the head "
        + "of the body, premises and vehicles")
public class PointsResource {

    private final PolicePoints points;

    @Activate
    public PointsResource(@Reference PolicePoints points) {
        this.points = points;
    }

    @GET
    @Operation(summary = "Police points in a department (default: the caller's scope), by code")
    public Response list(@Context Caller caller, @Context UriInfo uri,
            @QueryParam("departmentId") String departmentId, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        return RestParams.page(points.list(caller, RestParams.id("departmentId", departmentId),
                PrecinctsResource.page(limit, offset)), uri);
    }

    @POST
    @Operation(summary = "Create a police point under the district unit's node (head) → 201")
    public Response create(@Context Caller caller, @Context UriInfo uri, NewPolicePoint body) {
        PolicePoint p = points.create(caller, RestParams.requireBody(body));
        return RestResponses.created(uri, p.nodeId(), p, p.version());
    }

    @GET
    @Path("/{nodeId}")
    @Operation(summary = "A point with the unit's record (ETag: the record's version, 0 before the first update)")
    public Response get(@Context Caller caller, @PathParam("nodeId") String nodeId) {
        PolicePoint p = points.get(caller, RestResponses.id("nodeId", nodeId));
        return RestResponses.ok(p, p.version());
    }

    @PUT
    @Path("/{nodeId}")
    @Operation(summary = "The head sets the staff number by order, the point's head and the district-centre flag "
            + "(If-Match)")
    public Response update(@Context Caller caller, @PathParam("nodeId") String nodeId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, PointUpdate body) {
        PolicePoint p = points.update(caller, RestResponses.id("nodeId", nodeId), RestParams.ifMatch(ifMatch),
                RestParams.requireBody(body));
        return RestResponses.ok(p, p.version());
    }

    @PUT
    @Path("/{nodeId}/premises")
    @Operation(summary = "Record the premises, rooms and vehicles (the head or the point's own head; If-Match)")
    public Response premises(@Context Caller caller, @PathParam("nodeId") String nodeId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Premises body) {
        PolicePoint p = points.updatePremises(caller, RestResponses.id("nodeId", nodeId), RestParams.ifMatch(ifMatch),
                RestParams.requireBody(body));
        return RestResponses.ok(p, p.version());
    }
}
