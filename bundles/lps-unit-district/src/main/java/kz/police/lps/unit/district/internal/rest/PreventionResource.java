package kz.police.lps.unit.district.internal.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
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
import kz.police.lps.unit.district.internal.prevention.ForensicRegistration;
import kz.police.lps.unit.district.internal.prevention.NewForensicRegistration;
import kz.police.lps.unit.district.internal.prevention.NewPreventivePlacement;
import kz.police.lps.unit.district.internal.prevention.NewPreventiveWork;
import kz.police.lps.unit.district.internal.prevention.PreventiveFile;
import kz.police.lps.unit.district.internal.prevention.PreventiveRegister;
import kz.police.lps.unit.district.internal.prevention.PreventiveWork;

@Component(service = PreventionResource.class, property = DistrictRest.BASE)
@Path("/preventive-registrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "preventive register", description = "Placement on the preventive register with its basis document "
        + "and the ground-3 convictions (L648-674, BR-27/28), individual preventive work and forensic registration "
        + "(L452-454, L581-584, L643-646); the registration itself is the core's /registrations")
public class PreventionResource {

    private final PreventiveRegister register;

    @Activate
    public PreventionResource(@Reference PreventiveRegister register) {
        this.register = register;
    }

    @POST
    @Operation(summary = "Place a person on the preventive register (201); 422 naming the field when the basis "
            + "document or, for ground 3, two or more prior convictions are missing")
    public Response place(@Context Caller caller, @Context UriInfo uri, NewPreventivePlacement body) {
        PreventiveFile f = register.place(caller, RestParams.requireBody(body));
        return RestResponses.created(uri, f.registration().id(), f, f.registration().version());
    }

    @GET
    @Path("/{registrationId}")
    @Operation(summary = "A registration with its basis, work log and forensic registrations")
    public PreventiveFile get(@Context Caller caller, @PathParam("registrationId") String registrationId) {
        return register.file(caller, RestResponses.id("registrationId", registrationId));
    }

    @POST
    @Path("/{registrationId}/work")
    @Operation(summary = "Log individual preventive work: date, kind of activity, units it was done with, notes (201)")
    public Response addWork(@Context Caller caller, @Context UriInfo uri,
            @PathParam("registrationId") String registrationId, NewPreventiveWork body) {
        PreventiveWork w = register.addWork(caller, RestResponses.id("registrationId", registrationId),
                RestParams.requireBody(body));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(w.id())).build()).entity(w).build();
    }

    @POST
    @Path("/{registrationId}/forensic")
    @Operation(summary = "Record a forensic registration: photo, fingerprints, audio, video (201)")
    public Response addForensic(@Context Caller caller, @Context UriInfo uri,
            @PathParam("registrationId") String registrationId, NewForensicRegistration body) {
        ForensicRegistration f = register.addForensic(caller, RestResponses.id("registrationId", registrationId),
                RestParams.requireBody(body));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(f.id())).build()).entity(f).build();
    }
}
