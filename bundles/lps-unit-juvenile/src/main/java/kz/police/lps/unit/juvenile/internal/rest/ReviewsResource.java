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
import kz.police.lps.unit.juvenile.internal.review.NewReview;
import kz.police.lps.unit.juvenile.internal.review.Review;
import kz.police.lps.unit.juvenile.internal.review.ReviewLevel;
import kz.police.lps.unit.juvenile.internal.review.Reviews;

@Component(service = ReviewsResource.class, property = JuvenileRest.BASE)
@Path("/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "reviews", description = "Reviews of the unit's results: monthly by its head, quarterly by the ЖПҚ head "
        + "(N-J9, BR-J10 L1100-1102); a review completes the period's task")
public class ReviewsResource {

    private final Reviews reviews;

    @Activate
    public ReviewsResource(@Reference Reviews reviews) {
        this.reviews = reviews;
    }

    @GET
    @Operation(summary = "Reviews in scope, latest first; unit=<org node id>, level=UNIT_HEAD|LPS_HEAD")
    public Response list(@Context Caller caller, @Context UriInfo uri, @QueryParam("unit") String unit,
            @QueryParam("level") String level, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        PageRequest page = PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset),
                null, Set.of());
        return RestParams.page(reviews.list(caller, RestParams.id("unit", unit),
                RestParams.enumeration("level", level, ReviewLevel.class), page), uri);
    }

    @POST
    @Operation(summary = "Record a review (the unit's head role or lps-admin; 201)")
    public Response record(@Context Caller caller, @Context UriInfo uri, NewReview body) {
        Review r = reviews.record(caller, RestParams.requireBody(body));
        return RestResponses.created(uri, r.id(), r, r.version());
    }

    @GET
    @Path("/{id}")
    public Response get(@Context Caller caller, @PathParam("id") String id) {
        Review r = reviews.get(caller, RestResponses.id("id", id));
        return RestResponses.ok(r, r.version());
    }
}
