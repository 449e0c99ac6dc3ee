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
import kz.police.lps.unit.juvenile.internal.reception.NewReceptionSchedule;
import kz.police.lps.unit.juvenile.internal.reception.ReceptionSchedule;
import kz.police.lps.unit.juvenile.internal.reception.ReceptionSchedules;
import kz.police.lps.unit.juvenile.internal.reception.ScheduleStatus;

@Component(service = ReceptionSchedulesResource.class, property = JuvenileRest.BASE)
@Path("/reception-schedules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "reception schedules", description = "Citizen reception schedules, approved by the head (BR-J12 "
        + "L945-946); one in force per inspector")
public class ReceptionSchedulesResource {

    private final ReceptionSchedules schedules;
    private final JuvenileAccess access;

    @Activate
    public ReceptionSchedulesResource(@Reference ReceptionSchedules schedules, @Reference JuvenileAccess access) {
        this.schedules = schedules;
        this.access = access;
    }

    @GET
    @Operation(summary = "Schedules in scope; officer=me|id, status=DRAFT|APPROVED|SUPERSEDED")
    public Response list(@Context Caller caller, @Context UriInfo uri, @QueryParam("officer") String officer,
            @QueryParam("status") String status, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        PageRequest page = PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset),
                null, Set.of());
        return RestParams.page(schedules.list(caller, access.officerParam(caller, "officer", officer),
                RestParams.enumeration("status", status, ScheduleStatus.class), page), uri);
    }

    @POST
    @Operation(summary = "Propose a schedule (201, draft)")
    public Response propose(@Context Caller caller, @Context UriInfo uri, NewReceptionSchedule body) {
        ReceptionSchedule s = schedules.propose(caller, RestParams.requireBody(body));
        return RestResponses.created(uri, s.id(), s, s.version());
    }

    @GET
    @Path("/{id}")
    public Response get(@Context Caller caller, @PathParam("id") String id) {
        ReceptionSchedule s = schedules.get(caller, RestResponses.id("id", id));
        return RestResponses.ok(s, s.version());
    }

    @POST
    @Path("/{id}/approval")
    @Operation(summary = "Approve (the head only; If-Match): it comes into force, the previous one is superseded")
    public Response approve(@Context Caller caller, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ReceptionSchedule s = schedules.approve(caller, RestResponses.id("id", id), RestParams.ifMatch(ifMatch));
        return RestResponses.ok(s, s.version());
    }
}
