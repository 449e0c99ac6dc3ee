package kz.police.lps.unit.juvenile.internal.rest;

import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.rest.RestParams;
import kz.police.lps.core.api.rest.RestResponses;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.juvenile.internal.schoolwork.ControlFileDtos;
import kz.police.lps.unit.juvenile.internal.schoolwork.ControlFiles;

@Component(service = ControlFilesResource.class, property = JuvenileRest.BASE)
@Path("/control-files")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "control-files", description = "The control file of a school: 2 parts of 5 sections (N-J30, BR-J18..BR-J20)")
public class ControlFilesResource {

    private final ControlFiles files;

    @Activate
    public ControlFilesResource(@Reference ControlFiles files) {
        this.files = files;
    }

    private static PageRequest page(String limit, String offset) {
        return PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset), null,
                Set.of());
    }

    @GET
    @Path("/{schoolId}")
    public Response get(@Context Caller caller, @PathParam("schoolId") String schoolId) {
        ControlFileDtos.ControlFile f = files.get(caller, RestResponses.id("schoolId", schoolId));
        return RestResponses.ok(f, f.version());
    }

    @PUT
    @Path("/{schoolId}")
    @Operation(summary = "Open the school's control file (keeper, storage; 409 when open)")
    public Response open(@Context Caller caller, @PathParam("schoolId") String schoolId,
            ControlFileDtos.NewControlFile body) {
        ControlFileDtos.ControlFile f = files.open(caller, RestResponses.id("schoolId", schoolId),
                RestParams.requireBody(body));
        return Response.status(Response.Status.CREATED).entity(f).tag(RestParams.etag(f.version())).build();
    }

    @POST
    @Path("/{schoolId}/entries")
    @Operation(summary = "Add an entry to a hand-kept section (student list: BR-J19; staff list: BR-J20)")
    public Response entry(@Context Caller caller, @PathParam("schoolId") String schoolId,
            ControlFileDtos.NewEntry body) {
        ControlFileDtos.ControlFile f = files.addEntry(caller, RestResponses.id("schoolId", schoolId),
                RestParams.requireBody(body));
        return Response.status(Response.Status.CREATED).entity(f).tag(RestParams.etag(f.version())).build();
    }
}
