package kz.police.lps.core.internal.rest.resources;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.police.lps.core.api.error.NotFoundException;
import kz.police.lps.core.api.rest.RestResources;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.unit.UnitInfo;
import kz.police.lps.core.api.unit.UnitRegistry;
import kz.police.lps.core.internal.rest.Languages;

@Component(service = UnitsResource.class, property = RestResources.BASE + "=" + RestResources.CORE_BASE)
@Path("/units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "units", description = "Police units installed in this runtime")
public class UnitsResource {

    private final UnitRegistry registry;

    @Activate
    public UnitsResource(@Reference UnitRegistry registry) {
        this.registry = registry;
    }

    @GET
    @Operation(summary = "The units whose bundles are active now")
    public List<UnitInfo> list(@Context Caller caller, @Context HttpHeaders headers) {
        return registry.units(Languages.pick(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One installed unit")
    public UnitInfo get(@Context Caller caller, @Context HttpHeaders headers, @PathParam("id") String id) {
        return registry.unit(id, Languages.pick(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)))
                .orElseThrow(() -> new NotFoundException("unit", id));
    }
}
