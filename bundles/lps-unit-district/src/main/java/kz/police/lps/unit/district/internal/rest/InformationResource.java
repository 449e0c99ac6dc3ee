package kz.police.lps.unit.district.internal.rest;

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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.rest.RestParams;
import kz.police.lps.core.api.rest.RestResponses;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.district.internal.DistrictAccess;
import kz.police.lps.unit.district.internal.information.NewSignificantInfo;
import kz.police.lps.unit.district.internal.information.Sensitivity;
import kz.police.lps.unit.district.internal.information.SignificantInfo;
import kz.police.lps.unit.district.internal.information.SignificantInformation;

@Component(service = InformationResource.class, property = DistrictRest.BASE)
@Path("/information")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "significant information", description = "Messages collected in the precinct and passed to interested "
        + "IAB units and state bodies (маңызды ақпарат, L456-458, L632-641); restricted ones for district roles only")
public class InformationResource {

    private final SignificantInformation information;
    private final DistrictAccess access;

    @Activate
    public InformationResource(@Reference SignificantInformation information, @Reference DistrictAccess access) {
        this.information = information;
        this.access = access;
    }

    @GET
    @Operation(summary = "Messages in your scope you may read, latest first")
    public Response list(@Context Caller caller, @Context UriInfo uri,
            @Parameter(description = "'me' or an officer id") @QueryParam("officer") String officer,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("sensitivity") String sensitivity, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        PageRequest page = PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset),
                null, Set.of());
        SignificantInformation.Query q = new SignificantInformation.Query(
                access.officerParam(caller, "officer", officer), RestParams.date("from", from),
                RestParams.date("to", to), RestParams.enumeration("sensitivity", sensitivity, Sensitivity.class));
        return RestParams.page(information.list(caller, q, page), uri);
    }

    @POST
    @Operation(summary = "Record a message passed on (201)")
    public Response record(@Context Caller caller, @Context UriInfo uri, NewSignificantInfo body) {
        SignificantInfo i = information.record(caller, RestParams.requireBody(body));
        return RestResponses.created(uri, i.id(), i, i.version());
    }

    @GET
    @Path("/{id}")
    public Response get(@Context Caller caller, @PathParam("id") String id) {
        SignificantInfo i = information.get(caller, RestResponses.id("id", id));
        return RestResponses.ok(i, i.version());
    }
}
