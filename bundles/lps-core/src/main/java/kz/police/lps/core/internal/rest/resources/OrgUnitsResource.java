package kz.police.lps.core.internal.rest.resources;

import java.util.List;
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
import kz.police.lps.core.api.error.NotFoundException;
import kz.police.lps.core.api.org.OrgService;
import kz.police.lps.core.api.org.OrgUnit;
import kz.police.lps.core.api.org.OrgUnitKind;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.person.Address;
import kz.police.lps.core.api.rest.RestResources;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.rest.RestParams;

@Component(service = OrgUnitsResource.class, property = RestResources.BASE + "=" + RestResources.CORE_BASE)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "organisation", description = "Region → police department → city/district body → LPS → unit → "
        + "district police point → precinct; address → precinct resolution")
public class OrgUnitsResource {

    private final OrgService org;

    @Activate
    public OrgUnitsResource(@Reference OrgService org) {
        this.org = org;
    }

    @GET
    @Path("org-units")
    @Operation(summary = "Organisation nodes, optionally of one kind or under one parent")
    public Response list(@Context Caller caller, @Context UriInfo uri, @QueryParam("kind") String kind,
            @QueryParam("parentId") String parentId, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset, @QueryParam("sort") String sort) {
        PageRequest page = PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset), sort,
                Set.of("code", "id", "kind"));
        return RestParams.page(org.list(caller, RestParams.enumeration("kind", kind, OrgUnitKind.class),
                RestParams.id("parentId", parentId), page), uri);
    }

    @POST
    @Path("org-units")
    @Operation(summary = "Create a node (lps-org-admin)")
    public Response create(@Context Caller caller, @Context UriInfo uri, OrgUnit unit) {
        OrgUnit created = org.create(caller, RestParams.requireBody(unit));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .tag(RestParams.etag(created.version())).entity(created).build();
    }

    @GET
    @Path("org-units/{id}")
    @Operation(summary = "One node")
    public Response get(@Context Caller caller, @PathParam("id") String id) {
        OrgUnit u = org.get(caller, RestParams.id("id", id));
        return Response.ok(u).tag(RestParams.etag(u.version())).build();
    }

    @PUT
    @Path("org-units/{id}")
    @Operation(summary = "Update a node's code, names, territory, resident count (If-Match required)")
    public Response update(@Context Caller caller, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, OrgUnit unit) {
        OrgUnit u = org.update(caller, RestParams.id("id", id), RestParams.ifMatch(ifMatch), RestParams.requireBody(unit));
        return Response.ok(u).tag(RestParams.etag(u.version())).build();
    }

    @GET
    @Path("org-units/{id}/ancestry")
    @Operation(summary = "The chain from the region down to the node")
    public List<OrgUnit> ancestry(@Context Caller caller, @PathParam("id") String id) {
        return org.ancestry(caller, RestParams.id("id", id));
    }

    @GET
    @Path("addresses/precinct")
    @Operation(summary = "The administrative precinct an address belongs to (404 when none covers it)")
    public OrgUnit precinct(@Context Caller caller, @QueryParam("settlement") String settlement,
            @QueryParam("street") String street, @QueryParam("house") String house) {
        Address address = new Address(null, null, settlement, street, house, null);
        return org.resolvePrecinct(caller, address)
                .orElseThrow(() -> new NotFoundException("precinct", settlement + ", " + street + ", " + house));
    }
}
