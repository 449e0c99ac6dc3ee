package kz.police.lps.core.internal.rest.resources;

import java.math.BigDecimal;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.police.lps.core.api.error.NotFoundException;
import kz.police.lps.core.api.norm.LegalAct;
import kz.police.lps.core.api.norm.Norm;
import kz.police.lps.core.api.norm.NormOverride;
import kz.police.lps.core.api.norm.NormService;
import kz.police.lps.core.api.rest.RestParams;
import kz.police.lps.core.api.rest.RestResources;
import kz.police.lps.core.api.security.Caller;

@Component(service = NormsResource.class, property = RestResources.BASE + "=" + RestResources.CORE_BASE)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "norms", description = "Legal acts and the numeric norms, deadlines and periodicities taken from them")
public class NormsResource {

    /** The body of an override: the region's value and why. */
    public record OverrideRequest(BigDecimal value, String reason) {
    }

    private final NormService norms;

    private static long regionId(String value) {
        return RestParams.required("regionId", RestParams.id("regionId", value));
    }

    @Activate
    public NormsResource(@Reference NormService norms) {
        this.norms = norms;
    }

    @GET
    @Path("acts")
    @Operation(summary = "Legal acts the installed units' norms come from")
    public List<LegalAct> acts(@Context Caller caller, @QueryParam("unit") String unit) {
        return norms.acts(RestParams.text(unit));
    }

    @GET
    @Path("norms")
    @Operation(summary = "Norms of the installed units, as in force in the caller's region")
    public List<Norm> list(@Context Caller caller, @QueryParam("unit") String unit) {
        return norms.norms(caller, RestParams.text(unit));
    }

    @GET
    @Path("norms/{key}")
    @Operation(summary = "One norm, as in force in the region of departmentId (default: the caller's)")
    public Norm get(@Context Caller caller, @PathParam("key") String key,
            @QueryParam("departmentId") String departmentId) {
        norms.norm(key).orElseThrow(() -> new NotFoundException("norm", key));
        Long department = RestParams.id("departmentId", departmentId);
        return norms.effective(key, department != null ? department : caller.departmentId());
    }

    @GET
    @Path("norms/{key}/overrides")
    @Operation(summary = "The regions' own values of a norm")
    public List<NormOverride> overrides(@Context Caller caller, @PathParam("key") String key) {
        norms.norm(key).orElseThrow(() -> new NotFoundException("norm", key));
        return norms.overrides(key);
    }

    @PUT
    @Path("norms/{key}/overrides/{regionId}")
    @Operation(summary = "Set a region's value of a norm (lps-org-admin; audited with old and new value)")
    public NormOverride override(@Context Caller caller, @PathParam("key") String key,
            @PathParam("regionId") String regionId, OverrideRequest body) {
        OverrideRequest r = RestParams.requireBody(body);
        return norms.override(caller, key, regionId(regionId), r.value(), r.reason());
    }

    @DELETE
    @Path("norms/{key}/overrides/{regionId}")
    @Operation(summary = "Back to the act's value in the region (lps-org-admin; audited)")
    public Response removeOverride(@Context Caller caller, @PathParam("key") String key,
            @PathParam("regionId") String regionId) {
        norms.removeOverride(caller, key, regionId(regionId));
        return Response.noContent().build();
    }
}
