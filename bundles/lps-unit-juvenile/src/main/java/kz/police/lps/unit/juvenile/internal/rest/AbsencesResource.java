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
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;
import kz.police.lps.unit.juvenile.internal.cover.CoverEnd;
import kz.police.lps.unit.juvenile.internal.cover.CoverOrder;
import kz.police.lps.unit.juvenile.internal.cover.CoverOrders;
import kz.police.lps.unit.juvenile.internal.cover.JuvenileAbsence;
import kz.police.lps.unit.juvenile.internal.cover.NewAbsence;
import kz.police.lps.unit.juvenile.internal.cover.NewCoverOrder;

@Component(service = AbsencesResource.class, property = JuvenileRest.BASE)
@Path("/absences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "absences", description = "Absences of juvenile inspectors: more than 30 working days need a cover order "
        + "(WF-J3, BR-J06)")
public class AbsencesResource {

    private final CoverOrders covers;
    private final JuvenileAccess access;

    @Activate
    public AbsencesResource(@Reference CoverOrders covers, @Reference JuvenileAccess access) {
        this.covers = covers;
        this.access = access;
    }

    @GET
    @Operation(summary = "Absences not over yet; uncovered=true: those needing a cover order without one")
    public Response absences(@Context Caller caller, @Context UriInfo uri, @QueryParam("officer") String officer,
            @QueryParam("uncovered") String uncovered, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        PageRequest page = PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset),
                null, Set.of());
        return RestParams.page(covers.absences(caller, access.officerParam(caller, "officer", officer),
                Boolean.TRUE.equals(RestParams.bool("uncovered", uncovered)), page), uri);
    }

    @POST
    @Operation(summary = "Record an absence in the core (the unit's head; 201)")
    public Response record(@Context Caller caller, @Context UriInfo uri, NewAbsence body) {
        JuvenileAbsence a = covers.recordAbsence(caller, RestParams.requireBody(body));
        return Response.status(Response.Status.CREATED).entity(a).build();
    }

}
