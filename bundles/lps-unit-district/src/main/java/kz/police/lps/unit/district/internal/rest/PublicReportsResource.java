package kz.police.lps.unit.district.internal.rest;

import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
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
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.rest.RestParams;
import kz.police.lps.core.api.rest.RestResponses;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.district.internal.DistrictAccess;
import kz.police.lps.unit.district.internal.publicreport.NewPublicReport;
import kz.police.lps.unit.district.internal.publicreport.PublicReport;
import kz.police.lps.unit.district.internal.publicreport.PublicReports;

@Component(service = PublicReportsResource.class, property = DistrictRest.BASE)
@Path("/public-reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "public reports", description = "Reports of district inspectors to the population, at least one a "
        + "quarter (WF-5, L82-86), in the sections of Decree 723 (L265-279)")
public class PublicReportsResource {

    private final PublicReports reports;
    private final DistrictAccess access;

    @Activate
    public PublicReportsResource(@Reference PublicReports reports, @Reference DistrictAccess access) {
        this.reports = reports;
        this.access = access;
    }

    @GET
    @Operation(summary = "Reports held in your scope, latest first")
    public Response list(@Context Caller caller, @Context UriInfo uri,
            @Parameter(description = "e.g. 2026-Q4") @QueryParam("quarter") String quarter,
            @Parameter(description = "'me' or an officer id") @QueryParam("officer") String officer,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        PageRequest page = PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset),
                null, Set.of());
        return RestParams.page(reports.list(caller, RestParams.text(quarter),
                access.officerParam(caller, "officer", officer), page), uri);
    }

    @POST
    @Operation(summary = "Record a report held (201); completes the inspector's task of that quarter")
    public Response record(@Context Caller caller, @Context UriInfo uri, NewPublicReport body) {
        PublicReport r = reports.record(caller, RestParams.requireBody(body));
        return RestResponses.created(uri, r.id(), r, r.version());
    }

    @GET
    @Path("/{id}")
    public Response get(@Context Caller caller, @PathParam("id") String id) {
        PublicReport r = reports.get(caller, RestResponses.id("id", id));
        return RestResponses.ok(r, r.version());
    }
}
