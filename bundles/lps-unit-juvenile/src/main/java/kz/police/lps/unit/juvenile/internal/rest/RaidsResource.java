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

import io.swagger.v3.oas.annotations.tags.Tag;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.rest.RestParams;
import kz.police.lps.core.api.rest.RestResponses;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.juvenile.internal.raid.NewRaid;
import kz.police.lps.unit.juvenile.internal.raid.Raid;
import kz.police.lps.unit.juvenile.internal.raid.Raids;

@Component(service = RaidsResource.class, property = JuvenileRest.BASE)
@Path("/raids")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "raids", description = "Joint operational-preventive activities with other units and the deliveries "
        + "made during them (WF-J15; the record is an inference)")
public class RaidsResource {

    private final Raids raids;

    @Activate
    public RaidsResource(@Reference Raids raids) {
        this.raids = raids;
    }

    @GET
    public Response list(@Context Caller caller, @Context UriInfo uri, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        PageRequest page = PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset),
                null, Set.of());
        return RestParams.page(raids.list(caller, page), uri);
    }

    @POST
    public Response create(@Context Caller caller, @Context UriInfo uri, NewRaid body) {
        Raid r = raids.create(caller, RestParams.requireBody(body));
        return RestResponses.created(uri, r.id(), r, r.version());
    }

    @GET
    @Path("/{id}")
    public Response get(@Context Caller caller, @PathParam("id") String id) {
        Raid r = raids.get(caller, RestResponses.id("id", id));
        return RestResponses.ok(r, r.version());
    }
}
