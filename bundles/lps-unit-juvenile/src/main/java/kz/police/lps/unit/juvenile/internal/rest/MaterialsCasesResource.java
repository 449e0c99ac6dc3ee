package kz.police.lps.unit.juvenile.internal.rest;

import java.util.Set;

import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import io.swagger.v3.oas.annotations.Operation;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.rest.RestParams;
import kz.police.lps.core.api.rest.RestResponses;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.juvenile.internal.referral.CourtMaterials;
import kz.police.lps.unit.juvenile.internal.referral.MaterialsCase;
import kz.police.lps.unit.juvenile.internal.referral.MaterialsKind;
import kz.police.lps.unit.juvenile.internal.referral.MaterialsStatus;
import kz.police.lps.unit.juvenile.internal.referral.MaterialsStep;
import kz.police.lps.unit.juvenile.internal.referral.NewMaterialsCase;

/**
 * The materials cases of one kind prepared for the court or the Commission (special-school referrals, BR-J44;
 * parental-rights cases, BR-J45): the same four operations on {@link CourtMaterials}, each kind under its own path.
 */
abstract class MaterialsCasesResource {

    private final CourtMaterials materials;
    private final MaterialsKind kind;

    MaterialsCasesResource(CourtMaterials materials, MaterialsKind kind) {
        this.materials = materials;
        this.kind = kind;
    }

    @GET
    @Operation(summary = "The cases in the caller's scope (personId, status)")
    public Response list(@Context Caller caller, @Context UriInfo uri, @QueryParam("personId") String personId,
            @QueryParam("status") String status, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        PageRequest page = PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset),
                null, Set.of());
        return RestParams.page(materials.list(caller, kind, RestParams.id("personId", personId),
                RestParams.enumeration("status", status, MaterialsStatus.class), page), uri);
    }

    @POST
    @Operation(summary = "Prepare the materials (201)")
    public Response create(@Context Caller caller, @Context UriInfo uri, NewMaterialsCase body) {
        MaterialsCase c = materials.create(caller, kind, RestParams.requireBody(body));
        return RestResponses.created(uri, c.id(), c, c.version());
    }

    @GET
    @Path("/{id}")
    public Response get(@Context Caller caller, @PathParam("id") String id) {
        MaterialsCase c = materials.get(caller, kind, RestResponses.id("id", id));
        return RestResponses.ok(c, c.version());
    }

    @POST
    @Path("/{id}/steps")
    @Operation(summary = "Record the next step: SENT, CLAIM_FILED (parental rights), DECIDED (If-Match; 409 out of "
            + "order)")
    public Response step(@Context Caller caller, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, MaterialsStep body) {
        MaterialsCase c = materials.step(caller, kind, RestResponses.id("id", id), RestParams.ifMatch(ifMatch),
                RestParams.requireBody(body));
        return RestResponses.ok(c, c.version());
    }
}
