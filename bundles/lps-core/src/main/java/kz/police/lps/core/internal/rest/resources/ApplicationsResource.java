package kz.police.lps.core.internal.rest.resources;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

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
import kz.police.lps.core.api.application.Application;
import kz.police.lps.core.api.application.ApplicationKind;
import kz.police.lps.core.api.application.ApplicationQuery;
import kz.police.lps.core.api.application.ApplicationService;
import kz.police.lps.core.api.application.ApplicationStatus;
import kz.police.lps.core.api.application.DecisionKind;
import kz.police.lps.core.api.application.NewApplication;
import kz.police.lps.core.api.application.NotificationMethod;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.rest.RestParams;
import kz.police.lps.core.api.rest.RestResources;
import kz.police.lps.core.api.security.Caller;

@Component(service = ApplicationsResource.class, property = RestResources.BASE + "=" + RestResources.CORE_BASE)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "applications", description = "Applications and reports (арыздар мен хабарламалар): registered with a "
        + "number, assigned, decided by a deadline from the kind's norm, the applicant notified")
public class ApplicationsResource {

    /** The body of an assignment: the officer to consider the application. */
    public record AssignmentRequest(Long officerId) {
    }

    /** The body of a decision. */
    public record DecisionRequest(DecisionKind decisionKind, String decisionText) {
    }

    /** The body of the notice to the applicant. */
    public record NotificationRequest(LocalDate notifiedOn, NotificationMethod method) {
    }

    private final ApplicationService applications;

    @Activate
    public ApplicationsResource(@Reference ApplicationService applications) {
        this.applications = applications;
    }

    @GET
    @Path("application-kinds")
    @Operation(summary = "The application kinds the installed units claim, with their deadline norm")
    public List<ApplicationKind> kinds(@Context Caller caller, @QueryParam("unit") String unit) {
        return applications.kinds(RestParams.text(unit));
    }

    @POST
    @Path("applications")
    @Operation(summary = "Register an application or report: number and deadline assigned (201, Location, ETag)")
    public Response receive(@Context Caller caller, @Context UriInfo uri, NewApplication body) {
        Application a = applications.receive(caller, RestParams.requireBody(body));
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(a.id())).build();
        return Response.created(location).tag(RestParams.etag(a.version())).entity(a).build();
    }

    @GET
    @Path("applications")
    @Operation(summary = "Search applications in the caller's data scope (audited)")
    public Response search(@Context Caller caller, @Context UriInfo uri,
            @QueryParam("status") String status,
            @Parameter(description = "kind code") @QueryParam("kind") String kind,
            @Parameter(description = "unit id") @QueryParam("unit") String unit,
            @QueryParam("assigneeId") String assigneeId,
            @Parameter(description = "true: open and past the deadline") @QueryParam("overdue") String overdue,
            @Parameter(description = "this department or a node under it") @QueryParam("departmentId")
            String departmentId,
            @Parameter(description = "filed by this person") @QueryParam("personId") String personId,
            @QueryParam("receivedFrom") String receivedFrom, @QueryParam("receivedTo") String receivedTo,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset,
            @Parameter(description = "e.g. -receivedAt or dueAt") @QueryParam("sort") String sort) {
        ApplicationQuery q = new ApplicationQuery(
                RestParams.enumeration("status", status, ApplicationStatus.class), RestParams.text(kind),
                RestParams.text(unit), RestParams.id("assigneeId", assigneeId), RestParams.bool("overdue", overdue),
                RestParams.id("departmentId", departmentId), RestParams.id("personId", personId),
                RestParams.date("receivedFrom", receivedFrom), RestParams.date("receivedTo", receivedTo));
        PageRequest page = PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset),
                sort, ApplicationService.SORTABLE);
        return RestParams.page(applications.search(caller, q, page), uri);
    }

    @GET
    @Path("applications/{id}")
    @Operation(summary = "Read an application (audited); the ETag is the version for If-Match")
    public Response get(@Context Caller caller, @PathParam("id") String id) {
        return ok(applications.get(caller, RestParams.required("id", RestParams.id("id", id))));
    }

    @POST
    @Path("applications/{id}/assignment")
    @Operation(summary = "Give the application to an officer of the kind's unit, who gets a task due at the "
            + "deadline; If-Match required (428 without, 412 if stale)")
    public Response assign(@Context Caller caller, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, AssignmentRequest body) {
        AssignmentRequest r = RestParams.requireBody(body);
        return ok(applications.assign(caller, RestParams.required("id", RestParams.id("id", id)),
                RestParams.ifMatch(ifMatch), RestParams.required("officerId", r.officerId())));
    }

    @POST
    @Path("applications/{id}/decision")
    @Operation(summary = "Record the decision; the assignee's task is done; If-Match required")
    public Response decide(@Context Caller caller, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, DecisionRequest body) {
        DecisionRequest r = RestParams.requireBody(body);
        return ok(applications.decide(caller, RestParams.required("id", RestParams.id("id", id)),
                RestParams.ifMatch(ifMatch), r.decisionKind(), r.decisionText()));
    }

    @POST
    @Path("applications/{id}/notification")
    @Operation(summary = "Record that the applicant was told of the decision (closes it); If-Match required")
    public Response notifyApplicant(@Context Caller caller, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, NotificationRequest body) {
        NotificationRequest r = RestParams.requireBody(body);
        return ok(applications.notifyApplicant(caller, RestParams.required("id", RestParams.id("id", id)),
                RestParams.ifMatch(ifMatch), r.notifiedOn(), r.method()));
    }

    private static Response ok(Application a) {
        return Response.ok(a).tag(RestParams.etag(a.version())).build();
    }
}
