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
import kz.police.lps.unit.district.internal.DistrictAccess;
import kz.police.lps.unit.district.internal.presentation.NewPresentation;
import kz.police.lps.unit.district.internal.presentation.Presentation;
import kz.police.lps.unit.district.internal.presentation.PresentationStatus;
import kz.police.lps.unit.district.internal.presentation.Presentations;

@Component(service = PresentationResource.class, property = DistrictRest.BASE)
@Path("/presentations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "presentations and instructions", description = "Ұсыныс / нұсқама to eliminate causes and conditions of "
        + "offences (L107-113, L505-508), mandatory for the addressee; the response deadline is a task of the issuer")
public class PresentationResource {

    private final Presentations presentations;
    private final DistrictAccess access;

    @Activate
    public PresentationResource(@Reference Presentations presentations, @Reference DistrictAccess access) {
        this.presentations = presentations;
        this.access = access;
    }

    @GET
    @Operation(summary = "Presentations in your scope, latest first")
    public Response list(@Context Caller caller, @Context UriInfo uri,
            @Parameter(description = "'me' or an officer id") @QueryParam("officer") String officer,
            @QueryParam("status") String status, @QueryParam("person") String person, @QueryParam("bin") String bin,
            @Parameter(description = "true: execution still tracked") @QueryParam("open") String open,
            @Parameter(description = "true: open and past the deadline") @QueryParam("overdue") String overdue,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        PageRequest page = PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset),
                null, Set.of());
        Presentations.Query q = new Presentations.Query(access.officerParam(caller, "officer", officer),
                RestParams.enumeration("status", status, PresentationStatus.class), RestParams.id("person", person),
                RestParams.text(bin), RestParams.bool("open", open), RestParams.bool("overdue", overdue));
        return RestParams.page(presentations.list(caller, q, page), uri);
    }

    @POST
    @Operation(summary = "Issue a presentation or instruction (201); its response deadline becomes a task")
    public Response issue(@Context Caller caller, @Context UriInfo uri, NewPresentation body) {
        Presentation p = presentations.issue(caller, RestParams.requireBody(body));
        return RestResponses.created(uri, p.id(), p, p.version());
    }

    @GET
    @Path("/{id}")
    public Response get(@Context Caller caller, @PathParam("id") String id) {
        Presentation p = presentations.get(caller, RestResponses.id("id", id));
        return RestResponses.ok(p, p.version());
    }

    @POST
    @Path("/{id}/response")
    @Operation(summary = "Record the addressee's response (If-Match): ISSUED -> RESPONSE_RECEIVED")
    public Response respond(@Context Caller caller, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Presentations.AddresseeResponse body) {
        Presentation p = presentations.respond(caller, RestResponses.id("id", id), RestParams.ifMatch(ifMatch), body);
        return RestResponses.ok(p, p.version());
    }

    @POST
    @Path("/{id}/execution")
    @Operation(summary = "Record execution: EXECUTED or NOT_EXECUTED (If-Match); the tracking task is completed")
    public Response execution(@Context Caller caller, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Presentations.Execution body) {
        Presentation p = presentations.recordExecution(caller, RestResponses.id("id", id), RestParams.ifMatch(ifMatch),
                body);
        return RestResponses.ok(p, p.version());
    }
}
