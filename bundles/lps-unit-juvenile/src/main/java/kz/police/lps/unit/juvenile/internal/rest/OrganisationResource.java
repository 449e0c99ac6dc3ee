package kz.police.lps.unit.juvenile.internal.rest;

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
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.rest.RestParams;
import kz.police.lps.core.api.rest.RestResponses;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.juvenile.internal.organisation.Organisation;
import kz.police.lps.unit.juvenile.internal.organisation.OrganisationInput;
import kz.police.lps.unit.juvenile.internal.organisation.UnitOrganisation;

@Component(service = OrganisationResource.class, property = JuvenileRest.BASE)
@Path("/organisation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "organisation", description = "The juvenile affairs unit's organisation: head post, senior inspector "
        + "(BR-J07), premises (US-J08); school coverage (US-J10)")
public class OrganisationResource {

    private final UnitOrganisation organisation;

    @Activate
    public OrganisationResource(@Reference UnitOrganisation organisation) {
        this.organisation = organisation;
    }

    @GET
    @Path("/school-coverage")
    @Operation(summary = "Schools in the caller's scope with and without a school inspector (US-J10)")
    public Response coverage(@Context Caller caller) {
        return Response.ok(organisation.schoolCoverage(caller)).build();
    }

    @GET
    @Path("/{unitNodeId}")
    public Response get(@Context Caller caller, @PathParam("unitNodeId") String id) {
        Organisation o = organisation.get(caller, RestResponses.id("unitNodeId", id));
        return RestResponses.ok(o, o.version());
    }

    @PUT
    @Path("/{unitNodeId}")
    @Operation(summary = "Record the unit's organisation (the unit's head; If-Match once recorded)")
    public Response update(@Context Caller caller, @PathParam("unitNodeId") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, OrganisationInput body) {
        Organisation o = organisation.update(caller, RestResponses.id("unitNodeId", id), RestParams.ifMatch(ifMatch),
                RestParams.requireBody(body));
        return RestResponses.ok(o, o.version());
    }
}
