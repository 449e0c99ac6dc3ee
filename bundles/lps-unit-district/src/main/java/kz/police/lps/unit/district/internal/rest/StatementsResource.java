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
import kz.police.lps.unit.district.internal.statement.NewWorkStatement;
import kz.police.lps.unit.district.internal.statement.WorkStatement;
import kz.police.lps.unit.district.internal.statement.WorkStatements;

@Component(service = StatementsResource.class, property = DistrictRest.BASE)
@Path("/statements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "work statements", description = "Monthly statements of work done with the unit's figures (BR-22, "
        + "L437-441); submitting completes the month's task")
public class StatementsResource {

    private final WorkStatements statements;
    private final DistrictAccess access;

    @Activate
    public StatementsResource(@Reference WorkStatements statements, @Reference DistrictAccess access) {
        this.statements = statements;
        this.access = access;
    }

    @GET
    @Operation(summary = "Statements in your scope (a month's: the head's generalisation)")
    public Response list(@Context Caller caller, @Context UriInfo uri,
            @Parameter(description = "e.g. 2026-11") @QueryParam("month") String month,
            @Parameter(description = "'me' or an officer id") @QueryParam("officer") String officer,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        PageRequest page = PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset),
                null, Set.of());
        return RestParams.page(statements.list(caller, RestParams.text(month),
                access.officerParam(caller, "officer", officer), page), uri);
    }

    @GET
    @Path("/draft")
    @Operation(summary = "The figures a statement of the month would carry now (nothing written)")
    public Response draft(@Context Caller caller, @QueryParam("month") String month,
            @Parameter(description = "'me' (default) or an officer id") @QueryParam("officer") String officer) {
        return Response.ok(statements.draft(caller, access.officerParam(caller, "officer", officer),
                RestParams.text(month))).build();
    }

    @POST
    @Operation(summary = "Submit the statement of a month (201) with the unit's figures; completes the month's task")
    public Response submit(@Context Caller caller, @Context UriInfo uri, NewWorkStatement body) {
        WorkStatement s = statements.submit(caller, RestParams.requireBody(body));
        return RestResponses.created(uri, s.id(), s, s.version());
    }

    @GET
    @Path("/{id}")
    public Response get(@Context Caller caller, @PathParam("id") String id) {
        WorkStatement s = statements.get(caller, RestResponses.id("id", id));
        return RestResponses.ok(s, s.version());
    }
}
