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
import kz.police.lps.unit.juvenile.internal.schoolwork.IncidentKind;
import kz.police.lps.unit.juvenile.internal.schoolwork.StudentIncidents;

@Component(service = StudentIncidentsResource.class, property = JuvenileRest.BASE)
@Path("/incidents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "student-incidents", description = "Students offences and substance use reported to the school immediately (BR-J17); a criminal offence initiates the prevention council (BR-J16)")
public class StudentIncidentsResource {

    private final StudentIncidents incidents;

    @Activate
    public StudentIncidentsResource(@Reference StudentIncidents incidents) {
        this.incidents = incidents;
    }

    private static PageRequest page(String limit, String offset) {
        return PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset), null,
                Set.of());
    }

    @GET
    public Response list(@Context Caller caller, @Context UriInfo uri, @QueryParam("school") String school,
            @QueryParam("kind") String kind, @QueryParam("open") String open, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        return RestParams.page(incidents.list(caller, new StudentIncidents.Query(RestParams.id("school", school),
                RestParams.enumeration("kind", kind, IncidentKind.class), RestParams.bool("open", open),
                RestParams.date("from", from), RestParams.date("to", to)), page(limit, offset)), uri);
    }

    @POST
    @Operation(summary = "Record an incident: the immediate report task; a criminal offence also the council (201)")
    public Response create(@Context Caller caller, @Context UriInfo uri, IncidentDtos.NewIncident body) {
        IncidentDtos.Recorded r = incidents.record(caller, RestParams.requireBody(body));
        return RestResponses.created(uri, r.incident().id(), r, r.incident().version());
    }

    @GET
    @Path("/{id}")
    public Response get(@Context Caller caller, @PathParam("id") String id) {
        IncidentDtos.Incident i = incidents.get(caller, RestResponses.id("id", id));
        return RestResponses.ok(i, i.version());
    }

    @POST
    @Path("/{id}/management-report")
    @Operation(summary = "Record the report to the school management (completes the task)")
    public Response reported(@Context Caller caller, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, IncidentDtos.ManagementReport body) {
        IncidentDtos.Incident i = incidents.reported(caller, RestResponses.id("id", id), RestParams.ifMatch(ifMatch),
                RestParams.requireBody(body));
        return RestResponses.ok(i, i.version());
    }
}
