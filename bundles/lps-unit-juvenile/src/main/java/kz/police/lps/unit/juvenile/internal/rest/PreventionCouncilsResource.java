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
import kz.police.lps.unit.juvenile.internal.schoolwork.IncidentDtos;
import kz.police.lps.unit.juvenile.internal.schoolwork.StudentIncidents;

@Component(service = PreventionCouncilsResource.class, property = JuvenileRest.BASE)
@Path("/councils")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "prevention-councils", description = "School prevention council meetings initiated on a students criminal offence and their response measures (BR-J16)")
public class PreventionCouncilsResource {

    private final StudentIncidents incidents;

    @Activate
    public PreventionCouncilsResource(@Reference StudentIncidents incidents) {
        this.incidents = incidents;
    }

    private static PageRequest page(String limit, String offset) {
        return PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset), null,
                Set.of());
    }

    @GET
    public Response list(@Context Caller caller, @Context UriInfo uri, @QueryParam("school") String school,
            @QueryParam("open") String open, @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        return RestParams.page(incidents.councils(caller, new StudentIncidents.Query(RestParams.id("school", school),
                null, RestParams.bool("open", open), null, null), page(limit, offset)), uri);
    }

    @GET
    @Path("/{id}")
    public Response get(@Context Caller caller, @PathParam("id") String id) {
        IncidentDtos.Council c = incidents.council(caller, RestResponses.id("id", id));
        return RestResponses.ok(c, c.version());
    }

    @POST
    @Path("/{id}/meeting")
    @Operation(summary = "Record the meeting and the response measures (completes the task)")
    public Response held(@Context Caller caller, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, IncidentDtos.CouncilMeeting body) {
        IncidentDtos.Council c = incidents.held(caller, RestResponses.id("id", id), RestParams.ifMatch(ifMatch),
                RestParams.requireBody(body));
        return RestResponses.ok(c, c.version());
    }
}
