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
import kz.police.lps.unit.juvenile.internal.inbound.InboundNotice;
import kz.police.lps.unit.juvenile.internal.inbound.InboundNotices;
import kz.police.lps.unit.juvenile.internal.inbound.NewInboundNotice;
import kz.police.lps.unit.juvenile.internal.inbound.NoticeKind;

@Component(service = InboundNoticesResource.class, property = JuvenileRest.BASE)
@Path("/inbound-notices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "juvenile inbound notices", description = "Notices and statements from investigation and the penal "
        + "system (WF-J16, L1442-1499) with their deadlines and the late flag")
public class InboundNoticesResource {

    private final InboundNotices notices;

    @Activate
    public InboundNoticesResource(@Reference InboundNotices notices) {
        this.notices = notices;
    }

    @GET
    @Operation(summary = "Notices in the caller's scope (kind, personId, late)")
    public Response list(@Context Caller caller, @Context UriInfo uri, @QueryParam("kind") String kind,
            @QueryParam("personId") String personId, @QueryParam("late") String late,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        PageRequest page = PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset),
                null, Set.of());
        return RestParams.page(notices.list(caller, RestParams.enumeration("kind", kind, NoticeKind.class),
                RestParams.id("personId", personId), RestParams.bool("late", late), page), uri);
    }

    @POST
    @Operation(summary = "Receive a notice: OFFENCE_NOTICE, SUSPECT_NOTICE, STATEMENT (5 fields), PRE_RELEASE (201)")
    public Response receive(@Context Caller caller, @Context UriInfo uri, NewInboundNotice body) {
        InboundNotice n = notices.receive(caller, RestParams.requireBody(body));
        return WrittenOnce.created(uri, n.id(), n);
    }

    @GET
    @Path("/{id}")
    public InboundNotice get(@Context Caller caller, @PathParam("id") String id) {
        return notices.get(caller, RestResponses.id("id", id));
    }
}
