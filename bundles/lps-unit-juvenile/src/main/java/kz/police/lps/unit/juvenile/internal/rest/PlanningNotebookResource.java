package kz.police.lps.unit.juvenile.internal.rest;

import java.util.Set;

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
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.rest.RestParams;
import kz.police.lps.core.api.rest.RestResponses;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;
import kz.police.lps.unit.juvenile.internal.notebook.JuvenileNotebook;
import kz.police.lps.unit.juvenile.internal.notebook.NewNotebookEntry;
import kz.police.lps.unit.juvenile.internal.notebook.NotebookEntry;

@Component(service = PlanningNotebookResource.class, property = JuvenileRest.BASE)
@Path("/notebook")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "work notebook", description = "Daily work notebook (жұмыс дәптері, N-J7 L900-902): leadership tasks and "
        + "planned activities, each naming its juvenile duty area (BR-J08 L1094-1098); each deadline is a task")
public class PlanningNotebookResource {

    public record Completion(String note) {
    }

    private final JuvenileNotebook notebook;
    private final JuvenileAccess access;

    @Activate
    public PlanningNotebookResource(@Reference JuvenileNotebook notebook, @Reference JuvenileAccess access) {
        this.notebook = notebook;
        this.access = access;
    }

    @GET
    @Operation(summary = "An officer's notebook ('me' by default), deadlines first; open=true|false")
    public Response list(@Context Caller caller, @Context UriInfo uri, @QueryParam("officer") String officer,
            @QueryParam("open") String open, @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        PageRequest page = PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset),
                null, Set.of());
        return RestParams.page(notebook.list(caller, access.officerParam(caller, "officer", officer),
                RestParams.bool("open", open), page), uri);
    }

    @POST
    @Operation(summary = "Write an entry with its duty area and deadline (201); the deadline becomes a task")
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
    @Operation(summary = "Mark the entry done (If-Match required); its task is completed")
    public Response complete(@Context Caller caller, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Completion body) {
        NotebookEntry e = notebook.complete(caller, RestResponses.id("id", id), RestParams.ifMatch(ifMatch),
                body == null ? null : body.note());
        return RestResponses.ok(e, e.version());
    }
}
