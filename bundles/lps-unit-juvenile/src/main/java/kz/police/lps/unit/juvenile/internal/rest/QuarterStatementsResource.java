package kz.police.lps.unit.juvenile.internal.rest;

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
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.rest.RestParams;
import kz.police.lps.core.api.rest.RestResponses;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.juvenile.internal.schoolwork.QuarterStatements;
import kz.police.lps.unit.juvenile.internal.schoolwork.StatementDtos;

@Component(service = QuarterStatementsResource.class, property = JuvenileRest.BASE)
@Path("/quarter-statements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "quarter-statements", description = "Statements at the end of each academic quarter on offending among students (N-J12, BR-J14)")
public class QuarterStatementsResource {

    private final QuarterStatements statements;

    @Activate
    public QuarterStatementsResource(@Reference QuarterStatements statements) {
        this.statements = statements;
    }

    private static PageRequest page(String limit, String offset) {
        return PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset), null,
                Set.of());
    }

    @GET
    public Response list(@Context Caller caller, @Context UriInfo uri, @QueryParam("school") String school,
            @QueryParam("startYear") String startYear, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        return RestParams.page(statements.list(caller, RestParams.id("school", school),
                RestParams.integer("startYear", startYear), page(limit, offset)), uri);
    }

    @GET
    @Path("/draft")
    @Operation(summary = "The statement pre-filled from the quarter's incidents, councils and plan items")
    public Response draft(@Context Caller caller, @QueryParam("school") String school,
            @QueryParam("startYear") String startYear, @QueryParam("quarter") String quarter) {
        return Response.ok(statements.draft(caller, RestParams.id("school", school),
                RestParams.integer("startYear", startYear), RestParams.integer("quarter", quarter))).build();
    }

    @POST
    @Operation(summary = "Issue the statement (blank texts from the draft; 409 when issued)")
    public Response issue(@Context Caller caller, @Context UriInfo uri, StatementDtos.NewStatement body) {
        StatementDtos.Statement s = statements.issue(caller, RestParams.requireBody(body));
        return RestResponses.created(uri, s.id(), s, s.version());
    }

    @GET
    @Path("/{id}")
    public Response get(@Context Caller caller, @PathParam("id") String id) {
        StatementDtos.Statement s = statements.get(caller, RestResponses.id("id", id));
        return RestResponses.ok(s, s.version());
    }
}
