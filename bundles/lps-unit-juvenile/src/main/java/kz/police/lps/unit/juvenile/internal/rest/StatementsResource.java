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
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;
import kz.police.lps.unit.juvenile.internal.statement.NewSummary;
import kz.police.lps.unit.juvenile.internal.statement.NewWorkStatement;
import kz.police.lps.unit.juvenile.internal.statement.StatementStatus;
import kz.police.lps.unit.juvenile.internal.statement.StatementSummary;
import kz.police.lps.unit.juvenile.internal.statement.WorkStatement;
import kz.police.lps.unit.juvenile.internal.statement.WorkStatements;

@Component(service = StatementsResource.class, property = JuvenileRest.BASE)
@Path("/statements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "monthly statements", description = "Monthly statements of work done (N-J8, BR-J09 L902-906): figures "
        + "counted from recorded activity, due by the 1st of the next month, generalised by the unit's head")
public class StatementsResource {

    public record Submission(String text) {
    }

    private final WorkStatements statements;
    private final JuvenileAccess access;

    @Activate
    public StatementsResource(@Reference WorkStatements statements, @Reference JuvenileAccess access) {
        this.statements = statements;
        this.access = access;
    }

    @GET
    @Operation(summary = "Statements in scope; month=2026-11, officer=me|id, status=DRAFT|SUBMITTED|GENERALISED")
    public Response list(@Context Caller caller, @Context UriInfo uri, @QueryParam("month") String month,
            @QueryParam("officer") String officer, @QueryParam("status") String status,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        PageRequest page = PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset),
                null, Set.of());
        return RestParams.page(statements.list(caller, RestParams.text(month),
                access.officerParam(caller, "officer", officer),
                RestParams.enumeration("status", status, StatementStatus.class), page), uri);
    }

    @POST
    @Operation(summary = "Draft the month's statement (201); its figures are counted from recorded activity")
    public Response draft(@Context Caller caller, @Context UriInfo uri, NewWorkStatement body) {
        WorkStatement s = statements.draft(caller, RestParams.requireBody(body));
        return RestResponses.created(uri, s.id(), s, s.version());
    }

    @GET
    @Path("/{id}")
    public Response get(@Context Caller caller, @PathParam("id") String id) {
        WorkStatement s = statements.get(caller, RestResponses.id("id", id));
        return RestResponses.ok(s, s.version());
    }

    @POST
    @Path("/{id}/submission")
    @Operation(summary = "Submit the draft to the head (If-Match); figures recounted, the month's task completed")
    public Response submit(@Context Caller caller, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Submission body) {
        WorkStatement s = statements.submit(caller, RestResponses.id("id", id), RestParams.ifMatch(ifMatch),
                body == null ? null : body.text());
        return RestResponses.ok(s, s.version());
    }

    @GET
    @Path("/summaries")
    @Operation(summary = "The head's generalisations in scope; month=2026-11")
    public Response summaries(@Context Caller caller, @Context UriInfo uri, @QueryParam("month") String month,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        PageRequest page = PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset),
                null, Set.of());
        return RestParams.page(statements.summaries(caller, RestParams.text(month), page), uri);
    }

    @POST
    @Path("/summaries")
    @Operation(summary = "Generalise the month's submitted statements of a unit (the head; 201)")
    public Response generalise(@Context Caller caller, @Context UriInfo uri, NewSummary body) {
        StatementSummary s = statements.generalise(caller, RestParams.requireBody(body));
        return RestResponses.created(uri, s.id(), s, s.version());
    }

    @GET
    @Path("/summaries/{id}")
    public Response summary(@Context Caller caller, @PathParam("id") String id) {
        StatementSummary s = statements.summary(caller, RestResponses.id("id", id));
        return RestResponses.ok(s, s.version());
    }
}
