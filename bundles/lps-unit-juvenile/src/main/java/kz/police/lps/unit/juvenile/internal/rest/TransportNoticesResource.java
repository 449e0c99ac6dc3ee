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
import kz.police.lps.unit.juvenile.internal.transport.NewTransportNotice;
import kz.police.lps.unit.juvenile.internal.transport.TransportNotice;
import kz.police.lps.unit.juvenile.internal.transport.TransportNotices;

@Component(service = TransportNoticesResource.class, property = JuvenileRest.BASE)
@Path("/transport-notices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "transport-notices", description = "Transport inspectors' notices to the JAU at the place of residence "
        + "within 3 working days: runaway children found, minors' offences on transport (L1075-1079, L1089-1092)")
public class TransportNoticesResource {

    private final TransportNotices notices;

    @Activate
    public TransportNoticesResource(@Reference TransportNotices notices) {
        this.notices = notices;
    }

    @GET
    public Response list(@Context Caller caller, @Context UriInfo uri, @QueryParam("personId") String personId,
            @QueryParam("due") String due, @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        PageRequest page = PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset),
                null, Set.of());
        return RestParams.page(notices.list(caller, RestParams.id("personId", personId), RestParams.bool("due", due),
                page), uri);
    }

    @POST
    @Operation(summary = "Record a runaway found or an offence on transport: the notice task is due in 3 working "
            + "days (201)")
    public Response create(@Context Caller caller, @Context UriInfo uri, NewTransportNotice body) {
        TransportNotice n = notices.create(caller, RestParams.requireBody(body));
        return RestResponses.created(uri, n.id(), n, n.version());
    }

    @GET
    @Path("/{id}")
    public Response get(@Context Caller caller, @PathParam("id") String id) {
        TransportNotice n = notices.get(caller, RestResponses.id("id", id));
        return RestResponses.ok(n, n.version());
    }

    @POST
    @Path("/{id}/sent")
    @Operation(summary = "Record the notice as sent (outgoing number); completes the task; If-Match")
    public Response sent(@Context Caller caller, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, TransportNotices.Sent body) {
        TransportNotice n = notices.sent(caller, RestResponses.id("id", id), RestParams.ifMatch(ifMatch), body);
        return RestResponses.ok(n, n.version());
    }
}
