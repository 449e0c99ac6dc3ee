package kz.police.lps.core.internal.rest.resources;

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
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.police.lps.core.api.org.Absence;
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.org.OfficerService;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.rest.RestResources;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.rest.RestParams;

@Component(service = OfficersResource.class, property = RestResources.BASE + "=" + RestResources.CORE_BASE)
@Path("/officers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "officers", description = "Police officers and their absences")
public class OfficersResource {

    private final OfficerService officers;

    @Activate
    public OfficersResource(@Reference OfficerService officers) {
        this.officers = officers;
    }

    @GET
    @Operation(summary = "Officers in the caller's scope")
    public Response list(@Context Caller caller, @Context UriInfo uri, @QueryParam("departmentId") String departmentId,
            @QueryParam("unit") String unit, @QueryParam("limit") String limit, @QueryParam("offset") String offset,
            @QueryParam("sort") String sort) {
        PageRequest page = PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset), sort,
                Set.of("surname", "personnelNumber", "id"));
        return RestParams.page(officers.list(caller, RestParams.id("departmentId", departmentId), unit, page), uri);
    }

    @POST
    @Operation(summary = "Create an officer (lps-org-admin)")
    public Response create(@Context Caller caller, @Context UriInfo uri, Officer officer) {
        Officer o = officers.create(caller, RestParams.requireBody(officer));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(o.id())).build())
                .tag(RestParams.etag(o.version())).entity(o).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One officer")
    public Response get(@Context Caller caller, @PathParam("id") String id) {
        Officer o = officers.get(caller, RestParams.id("id", id));
        return Response.ok(o).tag(RestParams.etag(o.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Update an officer (If-Match required)")
    public Response update(@Context Caller caller, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Officer officer) {
        Officer o = officers.update(caller, RestParams.id("id", id), RestParams.ifMatch(ifMatch),
                RestParams.requireBody(officer));
        return Response.ok(o).tag(RestParams.etag(o.version())).build();
    }

    @POST
    @Path("/{id}/absences")
    @Operation(summary = "Record an absence (leave, sick leave, study, business trip)")
    public Response addAbsence(@Context Caller caller, @PathParam("id") String id, Absence absence) {
        Absence a = officers.addAbsence(caller, RestParams.id("id", id), RestParams.requireBody(absence));
        return Response.status(Response.Status.CREATED).entity(a).build();
    }
}
