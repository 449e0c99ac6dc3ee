package kz.police.lps.unit.district.internal.rest;

import java.util.List;
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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.rest.RestParams;
import kz.police.lps.core.api.rest.RestResponses;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.district.internal.workplan.NewWorkPlan;
import kz.police.lps.unit.district.internal.workplan.WorkPlan;
import kz.police.lps.unit.district.internal.workplan.WorkPlans;

@Component(service = WorkPlansResource.class, property = DistrictRest.BASE)
@Path("/work-plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "work plans", description = "Monthly work plans approved by the head (BR-20, L430-432); approved items "
        + "become tasks of their responsible officers")
public class WorkPlansResource {

    /** The new items of a draft. */
    public record Items(List<NewWorkPlan.Item> items) {
    }

    private final WorkPlans plans;

    @Activate
    public WorkPlansResource(@Reference WorkPlans plans) {
        this.plans = plans;
    }

    @GET
    @Operation(summary = "Plans in your scope, latest month first")
    public Response list(@Context Caller caller, @Context UriInfo uri,
            @Parameter(description = "e.g. 2026-12") @QueryParam("month") String month,
            @QueryParam("departmentId") String departmentId, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        PageRequest page = PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset),
                null, Set.of());
        return RestParams.page(plans.list(caller, RestParams.text(month), RestParams.id("departmentId",
                departmentId), page), uri);
    }

    @POST
    @Operation(summary = "Draft the plan of a month for a district police point or the unit (201)")
    public Response draft(@Context Caller caller, @Context UriInfo uri, NewWorkPlan body) {
        WorkPlan p = plans.draft(caller, RestParams.requireBody(body));
        return RestResponses.created(uri, p.id(), p, p.version());
    }

    @GET
    @Path("/{id}")
    public Response get(@Context Caller caller, @PathParam("id") String id) {
        WorkPlan p = plans.get(caller, RestResponses.id("id", id));
        return RestResponses.ok(p, p.version());
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace the items of a draft (If-Match); 409 once approved")
    public Response revise(@Context Caller caller, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Items body) {
        WorkPlan p = plans.revise(caller, RestResponses.id("id", id), RestParams.ifMatch(ifMatch),
                RestParams.requireBody(body).items());
        return RestResponses.ok(p, p.version());
    }

    @POST
    @Path("/{id}/approval")
    @Operation(summary = "Approve the plan (head; If-Match): its items become tasks; flagged late on or after the "
            + "month's first day")
    public Response approve(@Context Caller caller, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        WorkPlan p = plans.approve(caller, RestResponses.id("id", id), RestParams.ifMatch(ifMatch));
        return RestResponses.ok(p, p.version());
    }
}
