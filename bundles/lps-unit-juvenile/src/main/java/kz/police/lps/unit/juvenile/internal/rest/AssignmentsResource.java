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
import kz.police.lps.unit.juvenile.internal.organisation.Assignment;
import kz.police.lps.unit.juvenile.internal.organisation.AssignmentEnd;
import kz.police.lps.unit.juvenile.internal.organisation.AssignmentType;
import kz.police.lps.unit.juvenile.internal.organisation.Assignments;
import kz.police.lps.unit.juvenile.internal.organisation.NewAssignment;

@Component(service = AssignmentsResource.class, property = JuvenileRest.BASE)
@Path("/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "assignments", description = "Juvenile inspectors' assignments by the head's order to a precinct, a "
        + "transport precinct or a school (BR-J01, N-J3, BR-J07)")
public class AssignmentsResource {

    private final Assignments assignments;

    @Activate
    public AssignmentsResource(@Reference Assignments assignments) {
        this.assignments = assignments;
    }

    @GET
    @Operation(summary = "Assignments in the caller's scope, newest first")
    public Response list(@Context Caller caller, @Context UriInfo uri, @QueryParam("officer") String officer,
            @QueryParam("precinctId") String precinct, @QueryParam("schoolId") String school,
            @QueryParam("type") String type, @QueryParam("active") String active, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        PageRequest page = PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset),
                null, Set.of());
        return RestParams.page(assignments.list(caller, RestParams.id("officer", officer),
                RestParams.id("precinctId", precinct), RestParams.id("schoolId", school),
                RestParams.enumeration("type", type, AssignmentType.class), RestParams.bool("active", active), page),
                uri);
    }

    @POST
    @Operation(summary = "Assign an inspector by the head's order (the unit's head; 201)")
    public Response create(@Context Caller caller, @Context UriInfo uri, NewAssignment body) {
        Assignment a = assignments.assign(caller, RestParams.requireBody(body));
        return RestResponses.created(uri, a.id(), a, a.version());
    }

    @GET
    @Path("/{id}")
    public Response get(@Context Caller caller, @PathParam("id") String id) {
        Assignment a = assignments.get(caller, RestResponses.id("id", id));
        return RestResponses.ok(a, a.version());
    }

    @POST
    @Path("/{id}/end")
    @Operation(summary = "End an assignment (the unit's head; If-Match required)")
    public Response end(@Context Caller caller, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, AssignmentEnd body) {
        Assignment a = assignments.end(caller, RestResponses.id("id", id), RestParams.ifMatch(ifMatch), body);
        return RestResponses.ok(a, a.version());
    }
}
