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
import kz.police.lps.unit.juvenile.internal.delivery.Deliveries;
import kz.police.lps.unit.juvenile.internal.delivery.Delivery;
import kz.police.lps.unit.juvenile.internal.delivery.DeliveryStatus;
import kz.police.lps.unit.juvenile.internal.delivery.DeliverySteps;
import kz.police.lps.unit.juvenile.internal.delivery.NewDelivery;

@Component(service = DeliveriesResource.class, property = JuvenileRest.BASE)
@Path("/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "deliveries", description = "The journal of minors delivered to the IAB (WF-J7, L1262-1298): "
        + "questioning with a parent or legal representative present, checks and referrals, hand-over or the "
        + "adaptation centre, the notice to the IAB at the place of residence within 3 working days (L1336-1344)")
public class DeliveriesResource {

    private final Deliveries deliveries;
    private final JuvenileAccess access;

    @Activate
    public DeliveriesResource(@Reference Deliveries deliveries, @Reference JuvenileAccess access) {
        this.deliveries = deliveries;
        this.access = access;
    }

    @GET
    @Operation(summary = "The journal in the caller's scope, latest first (filters: personId, officer (id or me), "
            + "status, open, noticeDue, raidId, from, to)")
    public Response list(@Context Caller caller, @Context UriInfo uri, @QueryParam("personId") String personId,
            @QueryParam("officer") String officer, @QueryParam("status") String status,
            @QueryParam("open") String open, @QueryParam("noticeDue") String noticeDue,
            @QueryParam("raidId") String raidId, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        PageRequest page = PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset),
                null, Set.of());
        Deliveries.Query q = new Deliveries.Query(RestParams.id("personId", personId),
                access.officerParam(caller, "officer", officer),
                RestParams.enumeration("status", status, DeliveryStatus.class), RestParams.bool("open", open),
                RestParams.bool("noticeDue", noticeDue), RestParams.id("raidId", raidId),
                RestParams.date("from", from), RestParams.date("to", to));
        return RestParams.page(deliveries.list(caller, q, page), uri);
    }

    @POST
    @Operation(summary = "Register a delivered minor in the journal (the minor under 18 on the day; 201)")
    public Response create(@Context Caller caller, @Context UriInfo uri, NewDelivery body) {
        Delivery d = deliveries.create(caller, RestParams.requireBody(body));
        return RestResponses.created(uri, d.id(), d, d.version());
    }

    @GET
    @Path("/{id}")
    public Response get(@Context Caller caller, @PathParam("id") String id) {
        Delivery d = deliveries.get(caller, RestResponses.id("id", id));
        return RestResponses.ok(d, d.version());
    }

    @POST
    @Path("/{id}/questioning")
    @Operation(summary = "Record the questioning: a parent or legal representative present is required "
            + "(representativeId; N-J31); If-Match")
    public Response question(@Context Caller caller, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, DeliverySteps.QuestioningInput body) {
        Delivery d = deliveries.question(caller, RestResponses.id("id", id), RestParams.ifMatch(ifMatch), body);
        return RestResponses.ok(d, d.version());
    }

    @POST
    @Path("/{id}/checks")
    @Operation(summary = "Record the checks against records and the medical / health referrals (BR-J23); If-Match")
    public Response check(@Context Caller caller, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, DeliverySteps.ChecksInput body) {
        Delivery d = deliveries.check(caller, RestResponses.id("id", id), RestParams.ifMatch(ifMatch),
                RestParams.requireBody(body));
        return RestResponses.ok(d, d.version());
    }

    @POST
    @Path("/{id}/outcome")
    @Operation(summary = "Hand the minor over, or place them in the adaptation centre when that is impossible "
            + "(the resolution is issued; BR-J24); If-Match")
    public Response outcome(@Context Caller caller, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, DeliverySteps.OutcomeInput body) {
        Delivery d = deliveries.outcome(caller, RestResponses.id("id", id), RestParams.ifMatch(ifMatch), body);
        return RestResponses.ok(d, d.version());
    }

    @POST
    @Path("/{id}/notice")
    @Operation(summary = "Record the notice to the IAB at the place of residence (outgoing number; completes the "
            + "task; BR-J28); If-Match")
    public Response notice(@Context Caller caller, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, DeliverySteps.NoticeInput body) {
        Delivery d = deliveries.notice(caller, RestResponses.id("id", id), RestParams.ifMatch(ifMatch), body);
        return RestResponses.ok(d, d.version());
    }
}
