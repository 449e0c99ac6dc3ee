package kz.police.lps.unit.district.internal.rest;

import java.net.URI;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.rest.RestParams;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.district.internal.DistrictAccess;
import kz.police.lps.unit.district.internal.cover.CoverOrders;
import kz.police.lps.unit.district.internal.cover.DistrictAbsence;
import kz.police.lps.unit.district.internal.cover.NewAbsence;

@Component(service = AbsencesResource.class, property = DistrictRest.BASE)
@Path("/absences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "absences and cover", description = "Absences of district inspectors; longer than 5 working days they "
        + "need the head's cover order naming the inspector of an adjacent precinct (L369-374)")
public class AbsencesResource {

    private final CoverOrders covers;
    private final DistrictAccess access;

    @Activate
    public AbsencesResource(@Reference CoverOrders covers, @Reference DistrictAccess access) {
        this.covers = covers;
        this.access = access;
    }

    @GET
    @Operation(summary = "Absences of district officers in scope not over yet, earliest first, with their length in "
            + "working days and whether a cover order is needed and given")
    public Response list(@Context Caller caller, @Context UriInfo uri,
            @Parameter(description = "'me' or an officer id") @QueryParam("officer") String officer,
            @Parameter(description = "true: only those needing a cover order that have none")
            @QueryParam("uncovered") String uncovered,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        PageRequest page = PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset),
                null, java.util.Set.of());
        Page<DistrictAbsence> found = covers.absences(caller, access.officerParam(caller, "officer",
                officer), Boolean.TRUE.equals(RestParams.bool("uncovered", uncovered)), page);
        return RestParams.page(found, uri);
    }

    @POST
    @Operation(summary = "Record a district officer's absence (the head; 201): longer than the threshold, the head "
            + "gets the task district.cover-order")
    public Response record(@Context Caller caller, @Context UriInfo uri, NewAbsence body) {
        DistrictAbsence a = covers.recordAbsence(caller, RestParams.requireBody(body));
        URI location = uri.getBaseUriBuilder().path("officers").path(String.valueOf(a.officerId())).build();
        return Response.created(location).entity(a).build();
    }
}
