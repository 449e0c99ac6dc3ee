package kz.police.lps.unit.district.internal.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.police.lps.core.api.rest.RestParams;
import kz.police.lps.core.api.rest.RestResponses;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.district.internal.firearms.FirearmCheck;
import kz.police.lps.unit.district.internal.firearms.FirearmChecks;
import kz.police.lps.unit.district.internal.firearms.FirearmReport;

@Component(service = FirearmChecksResource.class, property = DistrictRest.BASE)
@Path("/firearm-checks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "firearm owners")
public class FirearmChecksResource {

    private final FirearmChecks firearms;

    @Activate
    public FirearmChecksResource(@Reference FirearmChecks firearms) {
        this.firearms = firearms;
    }

    @GET
    @Path("/{id}")
    public Response get(@Context Caller caller, @PathParam("id") String id) {
        FirearmCheck c = firearms.check(caller, RestResponses.id("id", id));
        return RestResponses.ok(c, c.version());
    }

    @POST
    @Path("/{id}/report")
    @Operation(summary = "Record the Order 313 report as sent (If-Match); completes its task")
    public Response report(@Context Caller caller, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, FirearmReport body) {
        FirearmCheck c = firearms.report(caller, RestResponses.id("id", id), RestParams.ifMatch(ifMatch),
                RestParams.requireBody(body));
        return RestResponses.ok(c, c.version());
    }
}
