package kz.police.lps.unit.district.internal.rest;

import java.util.Set;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.rest.RestParams;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.district.internal.destructive.AccumulationFile;
import kz.police.lps.unit.district.internal.destructive.DestructiveMovements;

@Component(service = AccumulationFileResource.class, property = DistrictRest.BASE)
@Path("/accumulation-file")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "destructive religious movements")
public class AccumulationFileResource {

    private final DestructiveMovements movements;

    @Activate
    public AccumulationFileResource(@Reference DestructiveMovements movements) {
        this.movements = movements;
    }

    @GET
    @Operation(summary = "The accumulation file of a police point (жинақтау ісі, L604-606): every information and "
            + "absence report filed there; need-to-know")
    public AccumulationFile get(@Context Caller caller, @QueryParam("pointId") String pointId,
            @Parameter(description = "reports of each list, 1..500 (default 50)") @QueryParam("limit") String limit,
            @Parameter(description = "skip this many of each list (default 0)") @QueryParam("offset") String offset) {
        PageRequest page = PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset),
                null, Set.of());
        return movements.accumulationFile(caller, RestParams.id("pointId", pointId), page);
    }
}
