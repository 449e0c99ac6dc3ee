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
import kz.police.lps.unit.juvenile.internal.referral.CourtMaterials;
import kz.police.lps.unit.juvenile.internal.referral.MaterialsCase;
import kz.police.lps.unit.juvenile.internal.referral.MaterialsKind;
import kz.police.lps.unit.juvenile.internal.referral.MaterialsStatus;
import kz.police.lps.unit.juvenile.internal.referral.MaterialsStep;
import kz.police.lps.unit.juvenile.internal.referral.NewMaterialsCase;

@Component(service = ParentalRightsResource.class, property = JuvenileRest.BASE)
@Path("/parental-rights-cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "juvenile parental-rights-cases", description = "Parental-rights cases prepared through the Commission for a claim to the court (BR-J45, US-J38, L1208-1214)")
public class ParentalRightsResource {

    private static final MaterialsKind KIND = MaterialsKind.PARENTAL_RIGHTS;

    private final CourtMaterials materials;

    @Activate
    public ParentalRightsResource(@Reference CourtMaterials materials) {
        this.materials = materials;
    }

    @GET
    @Operation(summary = "The cases in the caller's scope (personId, status)")
    public Response list(@Context Caller caller, @Context UriInfo uri, @QueryParam("personId") String personId,
            @QueryParam("status") String status, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        PageRequest page = PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset),
                null, Set.of());
        return RestParams.page(materials.list(caller, KIND, RestParams.id("personId", personId),
                RestParams.enumeration("status", status, MaterialsStatus.class), page), uri);
    }

    @POST
    @Operation(summary = "Prepare the materials (201)")
    public Response create(@Context Caller caller, @Context UriInfo uri, NewMaterialsCase body) {
        MaterialsCase c = materials.create(caller, KIND, RestParams.requireBody(body));
        return RestResponses.created(uri, c.id(), c, c.version());
    }

    @GET
    @Path("/{id}")
    public Response get(@Context Caller caller, @PathParam("id") String id) {
        MaterialsCase c = materials.get(caller, KIND, RestResponses.id("id", id));
        return RestResponses.ok(c, c.version());
    }

    @POST
    @Path("/{id}/steps")
    @Operation(summary = "Record the next step: SENT, CLAIM_FILED (parental rights), DECIDED (If-Match; 409 out of "
            + "order)")
    public Response step(@Context Caller caller, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, MaterialsStep body) {
        MaterialsCase c = materials.step(caller, KIND, RestResponses.id("id", id), RestParams.ifMatch(ifMatch),
                RestParams.requireBody(body));
        return RestResponses.ok(c, c.version());
    }
}
