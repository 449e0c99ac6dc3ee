package kz.police.lps.unit.juvenile.internal.rest;

import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
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

@Component(service = AnnualReviewsResource.class, property = JuvenileRest.BASE)
@Path("/annual-reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "annual-reviews", description = "The annual review of the joint school work after the academic year (N-J13, BR-J15)")
public class AnnualReviewsResource {

    private final QuarterStatements statements;

    @Activate
    public AnnualReviewsResource(@Reference QuarterStatements statements) {
        this.statements = statements;
    }

    private static PageRequest page(String limit, String offset) {
        return PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset), null,
                Set.of());
    }

    @POST
    @Operation(summary = "Record the annual review (the unit's head; 409 when recorded)")
    public Response create(@Context Caller caller, @Context UriInfo uri, StatementDtos.NewAnnualReview body) {
        StatementDtos.AnnualReview r = statements.review(caller, RestParams.requireBody(body));
        return RestResponses.created(uri, r.id(), r, r.version());
    }
}
