package kz.police.lps.unit.district.internal.rest;

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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.rest.RestParams;
import kz.police.lps.core.api.rest.RestResponses;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.district.internal.DistrictAccess;
import kz.police.lps.unit.district.internal.notebook.NewNotebookEntry;
import kz.police.lps.unit.district.internal.notebook.NotebookEntry;
import kz.police.lps.unit.district.internal.notebook.WorkNotebook;

@Component(service = NotebookResource.class, property = DistrictRest.BASE)
@Path("/notebook")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "work notebook", description = "Superiors' assignments with deadlines (жұмыс дәптері, L432-435); each "
        + "deadline is a task of the officer")
public class NotebookResource {

    public record Completion(String note) {
    }

    private final WorkNotebook notebook;
    private final DistrictAccess access;

    @Activate
    public NotebookResource(@Reference WorkNotebook notebook, @Reference DistrictAccess access) {
        this.notebook = notebook;
        this.access = access;
    }

    @GET
    @Operation(summary = "An officer's notebook, deadlines first")
    public Response list(@Context Caller caller, @Context UriInfo uri,
            @Parameter(description = "'me' (default) or an officer id") @QueryParam("officer") String officer,
            @Parameter(description = "true: not yet done; false: done") @QueryParam("open") String open,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        PageRequest page = PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset),
                null, java.util.Set.of());
        return RestParams.page(notebook.list(caller, access.officerParam(caller, "officer", officer),
                RestParams.bool("open", open), page), uri);
    }

    @POST
    @Operation(summary = "Write a superior's assignment with its deadline (201); the deadline becomes a task")
    public Response add(@Context Caller caller, @Context UriInfo uri, NewNotebookEntry body) {
        NotebookEntry e = notebook.add(caller, RestParams.requireBody(body));
        return RestResponses.created(uri, e.id(), e, e.version());
    }

    @GET
    @Path("/{id}")
    public Response get(@Context Caller caller, @PathParam("id") String id) {
        NotebookEntry e = notebook.get(caller, RestResponses.id("id", id));
        return RestResponses.ok(e, e.version());
    }

    @POST
    @Path("/{id}/completion")
    @Operation(summary = "Mark the assignment done (If-Match required); its task is completed")
    public Response complete(@Context Caller caller, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Completion body) {
        NotebookEntry e = notebook.complete(caller, RestResponses.id("id", id), RestParams.ifMatch(ifMatch),
                body == null ? null : body.note());
        return RestResponses.ok(e, e.version());
    }
}
