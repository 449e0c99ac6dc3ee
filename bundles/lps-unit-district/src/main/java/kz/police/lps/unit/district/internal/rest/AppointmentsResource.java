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
import kz.police.lps.unit.district.internal.appointment.AppointmentCase;
import kz.police.lps.unit.district.internal.appointment.AppointmentStatus;
import kz.police.lps.unit.district.internal.appointment.Appointments;
import kz.police.lps.unit.district.internal.appointment.NewAppointmentCase;
import kz.police.lps.unit.district.internal.appointment.NewMeeting;
import kz.police.lps.unit.district.internal.appointment.NewOutcome;
import kz.police.lps.unit.district.internal.appointment.NewPetition;

@Component(service = AppointmentsResource.class, property = DistrictRest.BASE)
@Path("/appointments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "appointments", description = "Appointment of a district inspector to a vacant precinct (WF-2, Order 438,"
        + " L208-250): petition deadline, community meeting, outcome. Kept by the unit's head")
public class AppointmentsResource {

    private final Appointments appointments;

    @Activate
    public AppointmentsResource(@Reference Appointments appointments) {
        this.appointments = appointments;
    }

    @GET
    @Operation(summary = "Appointment cases in your scope, newest first")
    public Response list(@Context Caller caller, @Context UriInfo uri,
            @Parameter(description = "CANDIDATE_REGISTERED, PETITION_SENT, MEETING_HELD, APPOINTED, WITHDRAWN")
            @QueryParam("status") String status,
            @Parameter(description = "the vacant precinct's id") @QueryParam("vacancy") String vacancy,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        PageRequest page = PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset),
                null, Set.of());
        return RestParams.page(appointments.list(caller, RestParams.enumeration("status", status,
                AppointmentStatus.class), RestParams.id("vacancy", vacancy), page), uri);
    }

    @POST
    @Operation(summary = "Register a candidate (201); the petition deadline (10 / 5 calendar days) becomes a task")
    public Response open(@Context Caller caller, @Context UriInfo uri, NewAppointmentCase body) {
        AppointmentCase c = appointments.open(caller, RestParams.requireBody(body));
        return RestResponses.created(uri, c.id(), c, c.version());
    }

    @GET
    @Path("/{id}")
    public Response get(@Context Caller caller, @PathParam("id") String id) {
        AppointmentCase c = appointments.get(caller, RestResponses.id("id", id));
        return RestResponses.ok(c, c.version());
    }

    @POST
    @Path("/{id}/petition")
    @Operation(summary = "Record the petition to the local executive body (If-Match); completes the deadline task")
    public Response petition(@Context Caller caller, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, NewPetition body) {
        AppointmentCase c = appointments.petition(caller, RestResponses.id("id", id), RestParams.ifMatch(ifMatch),
                RestParams.requireBody(body));
        return RestResponses.ok(c, c.version());
    }

    @POST
    @Path("/{id}/meeting")
    @Operation(summary = "Record the community meeting (If-Match): candidate, service record and characterisation "
            + "presented (BR-18)")
    public Response meeting(@Context Caller caller, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, NewMeeting body) {
        AppointmentCase c = appointments.meeting(caller, RestResponses.id("id", id), RestParams.ifMatch(ifMatch),
                RestParams.requireBody(body));
        return RestResponses.ok(c, c.version());
    }

    @POST
    @Path("/{id}/outcome")
    @Operation(summary = "End the case (If-Match): APPOINTED by an order after the meeting, or WITHDRAWN")
    public Response outcome(@Context Caller caller, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, NewOutcome body) {
        AppointmentCase c = appointments.outcome(caller, RestResponses.id("id", id), RestParams.ifMatch(ifMatch),
                RestParams.requireBody(body));
        return RestResponses.ok(c, c.version());
    }
}
