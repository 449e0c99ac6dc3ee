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
import kz.police.lps.unit.juvenile.internal.parents.NewRestriction;
import kz.police.lps.unit.juvenile.internal.parents.Restriction;
import kz.police.lps.unit.juvenile.internal.parents.Restrictions;

@Component(service = RestrictionsResource.class, property = JuvenileRest.BASE)
@Path("/restrictions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "juvenile restrictions", description = "Restriction or temporary prohibition of a person's access to a "
        + "dwelling or area that threatens a child's life or health (US-J39, L1053-1056)")
public class RestrictionsResource {

    private final Restrictions restrictions;

    @Activate
    public RestrictionsResource(@Reference Restrictions restrictions) {
        this.restrictions = restrictions;
    }

    @GET
    @Operation(summary = "Restrictions in the caller's scope (personId: restricted person or protected child)")
    public Response list(@Context Caller caller, @Context UriInfo uri, @QueryParam("personId") String personId,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        PageRequest page = PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset),
                null, Set.of());
        return RestParams.page(restrictions.list(caller, RestParams.id("personId", personId), page), uri);
    }

    @POST
    @Operation(summary = "Issue a restriction or temporary prohibition (201)")
    public Response issue(@Context Caller caller, @Context UriInfo uri, NewRestriction body) {
        Restriction r = restrictions.issue(caller, RestParams.requireBody(body));
        return WrittenOnce.created(uri, r.id(), r);
    }

    @GET
    @Path("/{id}")
    public Restriction get(@Context Caller caller, @PathParam("id") String id) {
        return restrictions.get(caller, RestResponses.id("id", id));
    }
}
