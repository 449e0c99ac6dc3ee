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
import kz.police.lps.unit.juvenile.internal.school.School;
import kz.police.lps.unit.juvenile.internal.school.SchoolInput;
import kz.police.lps.unit.juvenile.internal.school.Schools;

@Component(service = SchoolsResource.class, property = JuvenileRest.BASE)
@Path("/schools")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "schools", description = "Educational organisations of the territory (білім беру ұйымдары, §4.5): shift "
        + "mode and number of students for the N-J3 rule, the adjacent precinct")
public class SchoolsResource {

    private final Schools schools;

    @Activate
    public SchoolsResource(@Reference Schools schools) {
        this.schools = schools;
    }

    @GET
    @Operation(summary = "The schools in the caller's scope, by name")
    public Response list(@Context Caller caller, @Context UriInfo uri, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        PageRequest page = PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset),
                null, Set.of());
        return RestParams.page(schools.list(caller, page), uri);
    }

    @POST
    @Operation(summary = "Register a school (the unit's head; 201)")
    public Response create(@Context Caller caller, @Context UriInfo uri, SchoolInput body) {
        School s = schools.create(caller, RestParams.requireBody(body));
        return RestResponses.created(uri, s.id(), s, s.version());
    }

    @GET
    @Path("/{id}")
    public Response get(@Context Caller caller, @PathParam("id") String id) {
        School s = schools.get(caller, RestResponses.id("id", id));
        return RestResponses.ok(s, s.version());
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change a school (the unit's head; If-Match required)")
    public Response update(@Context Caller caller, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, SchoolInput body) {
        School s = schools.update(caller, RestResponses.id("id", id), RestParams.ifMatch(ifMatch),
                RestParams.requireBody(body));
        return RestResponses.ok(s, s.version());
    }
}
