package kz.police.lps.unit.district.internal.rest;

import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.rest.RestParams;
import kz.police.lps.core.api.rest.RestResponses;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.district.internal.precinct.Handover;
import kz.police.lps.unit.district.internal.precinct.NewHandover;
import kz.police.lps.unit.district.internal.precinct.NewPrecinct;
import kz.police.lps.unit.district.internal.precinct.PassportEntry;
import kz.police.lps.unit.district.internal.precinct.PassportSection;
import kz.police.lps.unit.district.internal.precinct.Precinct;
import kz.police.lps.unit.district.internal.precinct.PrecinctPassport;
import kz.police.lps.unit.district.internal.precinct.PrecinctRegistry;
import kz.police.lps.unit.district.internal.precinct.PrecinctUpdate;

@Component(service = PrecinctsResource.class, property = DistrictRest.BASE)
@Path("/precincts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "precincts", description = "Administrative precincts (әкімшілік учаске, WF-1): serial number, boundaries "
        + "and inspector by the head's order, the passport (L613-616) and handovers (WF-3, L335-349)")
public class PrecinctsResource {

    /** A passport section's new text. */
    public record SectionText(String content) {
    }

    private final PrecinctRegistry registry;
    private final PrecinctPassport passport;

    @Activate
    public PrecinctsResource(@Reference PrecinctRegistry registry, @Reference PrecinctPassport passport) {
        this.registry = registry;
        this.passport = passport;
    }

    @GET
    @Operation(summary = "Precincts in a department (default: the caller's scope) or of one point, by code")
    public Response list(@Context Caller caller, @Context UriInfo uri,
            @QueryParam("departmentId") String departmentId, @QueryParam("pointId") String pointId,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        return RestParams.page(registry.list(caller, RestParams.id("departmentId", departmentId),
                RestParams.id("pointId", pointId), page(limit, offset)), uri);
    }

    @POST
    @Operation(summary = "Create a precinct in a police point (head; ≤ 7 per urban point, one point per rural "
            + "settlement) → 201")
    public Response create(@Context Caller caller, @Context UriInfo uri, NewPrecinct body) {
        Precinct p = registry.create(caller, RestParams.requireBody(body));
        return RestResponses.created(uri, p.nodeId(), p, p.version());
    }

    @GET
    @Path("/{nodeId}")
    @Operation(summary = "A precinct with the unit's record (ETag: the record's version, 0 before the first update)")
    public Response get(@Context Caller caller, @PathParam("nodeId") String nodeId) {
        Precinct p = registry.get(caller, RestResponses.id("nodeId", nodeId));
        return RestResponses.ok(p, p.version());
    }

    @PUT
    @Path("/{nodeId}")
    @Operation(summary = "The head records serial number and order, boundaries, inspector and adjacent precincts "
            + "(If-Match; the whole record is replaced)")
    public Response update(@Context Caller caller, @PathParam("nodeId") String nodeId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, PrecinctUpdate body) {
        Precinct p = registry.update(caller, RestResponses.id("nodeId", nodeId), RestParams.ifMatch(ifMatch),
                RestParams.requireBody(body));
        return RestResponses.ok(p, p.version());
    }

    @GET
    @Path("/{nodeId}/passport")
    @Operation(summary = "The passport: the latest version of each section")
    public Response passport(@Context Caller caller, @PathParam("nodeId") String nodeId) {
        return Response.ok(passport.passport(caller, RestResponses.id("nodeId", nodeId))).build();
    }

    @GET
    @Path("/{nodeId}/passport/history")
    @Operation(summary = "Every version written, newest first")
    public Response history(@Context Caller caller, @Context UriInfo uri, @PathParam("nodeId") String nodeId,
            @Parameter(description = "only this section") @QueryParam("section") String section,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        return RestParams.page(passport.history(caller, RestResponses.id("nodeId", nodeId),
                RestParams.enumeration("section", section, PassportSection.class), page(limit, offset)), uri);
    }

    @PUT
    @Path("/{nodeId}/passport/{section}")
    @Operation(summary = "Write a section's next version (the precinct's inspector or a head; If-Match: the "
            + "section's current version, 0 before the first)")
    public Response writeSection(@Context Caller caller, @PathParam("nodeId") String nodeId,
            @PathParam("section") String section, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            SectionText body) {
        PassportEntry e = passport.write(caller, RestResponses.id("nodeId", nodeId),
                RestParams.required("section", RestParams.enumeration("section", section, PassportSection.class)),
                RestParams.ifMatch(ifMatch), RestParams.requireBody(body).content());
        return RestResponses.ok(e, (long) e.version());
    }

    @GET
    @Path("/{nodeId}/handovers")
    @Operation(summary = "The precinct's handovers, newest first")
    public Response handovers(@Context Caller caller, @Context UriInfo uri, @PathParam("nodeId") String nodeId,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        return RestParams.page(passport.handovers(caller, RestResponses.id("nodeId", nodeId), page(limit, offset)),
                uri);
    }

    @POST
    @Path("/{nodeId}/handovers")
    @Operation(summary = "Record a takeover by the newly appointed inspector with the deputy head of the body or the "
            + "ЖПҚ head present → 201; writes the passport entry and makes the officer the precinct's inspector")
    public Response handover(@Context Caller caller, @Context UriInfo uri, @PathParam("nodeId") String nodeId,
            NewHandover body) {
        Handover h = passport.handover(caller, RestResponses.id("nodeId", nodeId), RestParams.requireBody(body));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(h.id())).build()).entity(h).build();
    }

    @GET
    @Path("/{nodeId}/handovers/{id}")
    public Response getHandover(@Context Caller caller, @PathParam("nodeId") String nodeId,
            @PathParam("id") String id) {
        return Response.ok(passport.getHandover(caller, RestResponses.id("nodeId", nodeId), RestResponses.id("id", id)))
                .build();
    }

    static PageRequest page(String limit, String offset) {
        return PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset), null,
                Set.of());
    }
}
