package kz.police.lps.unit.district.internal.rest;

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
import kz.police.lps.unit.district.internal.destructive.AbsenceEvent;
import kz.police.lps.unit.district.internal.destructive.AbsenceReport;
import kz.police.lps.unit.district.internal.destructive.DestructiveMovements;
import kz.police.lps.unit.district.internal.destructive.InformationReport;
import kz.police.lps.unit.district.internal.destructive.MonitoringFile;
import kz.police.lps.unit.district.internal.destructive.NewAbsence;
import kz.police.lps.unit.district.internal.destructive.NewInformationReport;

@Component(service = DestructiveMovementsResource.class, property = DistrictRest.BASE)
@Path("/destructive-movements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "destructive religious movements", description = "Need-to-know (district roles and lps-admin only): "
        + "10-day information (L589-598), absence from the residence with the immediate notification and the "
        + "written report within 24 hours (L598-604)")
public class DestructiveMovementsResource {

    private final DestructiveMovements movements;

    @Activate
    public DestructiveMovementsResource(@Reference DestructiveMovements movements) {
        this.movements = movements;
    }

    @GET
    @Path("/registrations/{registrationId}")
    @Operation(summary = "A registration on the restricted register with its information reports and absences")
    public MonitoringFile file(@Context Caller caller, @PathParam("registrationId") String registrationId) {
        return movements.file(caller, RestResponses.id("registrationId", registrationId));
    }

    @POST
    @Path("/registrations/{registrationId}/information")
    @Operation(summary = "Send the 10-day information (all BR-31 fields required); completes the window's task (201)")
    public Response inform(@Context Caller caller, @Context UriInfo uri,
            @PathParam("registrationId") String registrationId, NewInformationReport body) {
        InformationReport r = movements.reportInformation(caller, RestResponses.id("registrationId", registrationId),
                RestParams.requireBody(body));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(r.id())).build()).entity(r).build();
    }

    @POST
    @Path("/registrations/{registrationId}/absences")
    @Operation(summary = "Record an absence with the immediate notification; opens the written-report task due "
            + "24 hours after the absence was established (201)")
    public Response absence(@Context Caller caller, @Context UriInfo uri,
            @PathParam("registrationId") String registrationId, NewAbsence body) {
        AbsenceEvent a = movements.recordAbsence(caller, RestResponses.id("registrationId", registrationId),
                RestParams.requireBody(body));
        return Response.created(uri.getBaseUriBuilder().path(DestructiveMovementsResource.class).path("absences")
                .path(String.valueOf(a.id())).build()).entity(a).tag(RestParams.etag(a.version())).build();
    }

    @GET
    @Path("/absences/{id}")
    public Response getAbsence(@Context Caller caller, @PathParam("id") String id) {
        AbsenceEvent a = movements.absence(caller, RestResponses.id("id", id));
        return RestResponses.ok(a, a.version());
    }

    @POST
    @Path("/absences/{id}/report")
    @Operation(summary = "File the written report to the head of the body (If-Match); completes its task")
    public Response report(@Context Caller caller, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, AbsenceReport body) {
        AbsenceEvent a = movements.reportAbsence(caller, RestResponses.id("id", id), RestParams.ifMatch(ifMatch),
                RestParams.requireBody(body));
        return RestResponses.ok(a, a.version());
    }
}
