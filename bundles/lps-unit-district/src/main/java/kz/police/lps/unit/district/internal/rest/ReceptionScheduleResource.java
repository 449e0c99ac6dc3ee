package kz.police.lps.unit.district.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
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
import kz.police.lps.unit.district.internal.reception.NewReceptionSchedule;
import kz.police.lps.unit.district.internal.reception.ReceptionSchedule;
import kz.police.lps.unit.district.internal.reception.ReceptionSchedules;

@Component(service = ReceptionScheduleResource.class, property = DistrictRest.BASE)
@Path("/points/{pointId}/reception-schedules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "reception schedules", description = "A police point's reception days and hours, operating hours and "
        + "phones as on its plate (L395-400), approved by the head (L629-630); one approved schedule in force")
public class ReceptionScheduleResource {

    private final ReceptionSchedules schedules;

    @Activate
    public ReceptionScheduleResource(@Reference ReceptionSchedules schedules) {
        this.schedules = schedules;
    }

    @GET
    @Operation(summary = "The point's schedules, newest first")
    public List<ReceptionSchedule> list(@Context Caller caller, @PathParam("pointId") String pointId) {
        return schedules.list(caller, RestResponses.id("pointId", pointId));
    }

    @POST
    @Operation(summary = "Draft a schedule (201); the head approves it")
    public Response draft(@Context Caller caller, @Context UriInfo uri, @PathParam("pointId") String pointId,
            NewReceptionSchedule body) {
        ReceptionSchedule s = schedules.draft(caller, RestResponses.id("pointId", pointId),
                RestParams.requireBody(body));
        return RestResponses.created(uri, s.id(), s, s.version());
    }

    @GET
    @Path("/in-force")
    @Operation(summary = "The approved schedule in force (404 when none)")
    public Response inForce(@Context Caller caller, @PathParam("pointId") String pointId) {
        ReceptionSchedule s = schedules.inForce(caller, RestResponses.id("pointId", pointId));
        return RestResponses.ok(s, s.version());
    }

    @GET
    @Path("/{id}")
    public Response get(@Context Caller caller, @PathParam("pointId") String pointId, @PathParam("id") String id) {
        ReceptionSchedule s = schedules.get(caller, RestResponses.id("pointId", pointId), RestResponses.id("id", id));
        return RestResponses.ok(s, s.version());
    }

    @POST
    @Path("/{id}/approval")
    @Operation(summary = "Approve a draft (district-head or lps-admin; If-Match); it supersedes the one in force")
    public Response approve(@Context Caller caller, @PathParam("pointId") String pointId, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ReceptionSchedule s = schedules.approve(caller, RestResponses.id("pointId", pointId),
                RestResponses.id("id", id), RestParams.ifMatch(ifMatch));
        return RestResponses.ok(s, s.version());
    }
}
