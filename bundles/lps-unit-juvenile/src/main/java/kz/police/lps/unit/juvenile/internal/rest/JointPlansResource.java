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
import kz.police.lps.unit.juvenile.internal.schoolwork.JointPlanDtos;
import kz.police.lps.unit.juvenile.internal.schoolwork.JointPlans;
import kz.police.lps.unit.juvenile.internal.schoolwork.PlanStatus;

@Component(service = JointPlansResource.class, property = JuvenileRest.BASE)
@Path("/joint-plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "joint-plans", description = "Joint activity plans of a school and its inspector, one per academic quarter (N-J11, BR-J13)")
public class JointPlansResource {

    private final JointPlans plans;

    @Activate
    public JointPlansResource(@Reference JointPlans plans) {
        this.plans = plans;
    }

    private static PageRequest page(String limit, String offset) {
        return PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset), null,
                Set.of());
    }

    @GET
    public Response list(@Context Caller caller, @Context UriInfo uri, @QueryParam("school") String school,
            @QueryParam("startYear") String startYear, @QueryParam("quarter") String quarter,
            @QueryParam("status") String status, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        return RestParams.page(plans.list(caller, new JointPlans.Query(RestParams.id("school", school),
                RestParams.integer("startYear", startYear), RestParams.integer("quarter", quarter),
                RestParams.enumeration("status", status, PlanStatus.class)), page(limit, offset)), uri);
    }

    @POST
    @Operation(summary = "Draft the plan of a school for an academic quarter (201; 409 when it has one)")
    public Response create(@Context Caller caller, @Context UriInfo uri, JointPlanDtos.NewJointPlan body) {
        JointPlanDtos.JointPlan p = plans.create(caller, RestParams.requireBody(body));
        return RestResponses.created(uri, p.id(), p, p.version());
    }

    @GET
    @Path("/{id}")
    public Response get(@Context Caller caller, @PathParam("id") String id) {
        JointPlanDtos.JointPlan p = plans.get(caller, RestResponses.id("id", id));
        return RestResponses.ok(p, p.version());
    }

    @POST
    @Path("/{id}/school-approval")
    @Operation(summary = "Record the school head's approval (name, date)")
    public Response school(@Context Caller caller, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JointPlanDtos.SchoolApproval body) {
        JointPlanDtos.JointPlan p = plans.approveBySchool(caller, RestResponses.id("id", id),
                RestParams.ifMatch(ifMatch), RestParams.requireBody(body));
        return RestResponses.ok(p, p.version());
    }

    @POST
    @Path("/{id}/police-approval")
    @Operation(summary = "Approve for the police (the unit's head role or lps-admin)")
    public Response police(@Context Caller caller, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JointPlanDtos.PoliceApproval body) {
        JointPlanDtos.JointPlan p = plans.approveByPolice(caller, RestResponses.id("id", id),
                RestParams.ifMatch(ifMatch), body);
        return RestResponses.ok(p, p.version());
    }

    @POST
    @Path("/{id}/items/{itemId}/done")
    @Operation(summary = "Record an item carried out")
    public Response done(@Context Caller caller, @PathParam("id") String id, @PathParam("itemId") String itemId,
            JointPlanDtos.ItemDone body) {
        JointPlanDtos.JointPlan p = plans.itemDone(caller, RestResponses.id("id", id),
                RestResponses.id("itemId", itemId), body);
        return RestResponses.ok(p, p.version());
    }
}
