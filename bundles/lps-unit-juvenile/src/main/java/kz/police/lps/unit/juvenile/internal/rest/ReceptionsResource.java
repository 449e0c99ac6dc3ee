package kz.police.lps.unit.juvenile.internal.rest;

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
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.rest.RestParams;
import kz.police.lps.core.api.rest.RestResponses;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;
import kz.police.lps.unit.juvenile.internal.reception.NewReception;
import kz.police.lps.unit.juvenile.internal.reception.Reception;
import kz.police.lps.unit.juvenile.internal.reception.ReceptionJournal;

@Component(service = ReceptionsResource.class, property = JuvenileRest.BASE)
@Path("/receptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "receptions", description = "Journal of citizen receptions (BR-J12 L946-949); a report of an offence or "
        + "an appeal also registers an application of kind juvenile.citizen-reception")
public class ReceptionsResource {

    private final ReceptionJournal journal;
    private final JuvenileAccess access;

    @Activate
    public ReceptionsResource(@Reference ReceptionJournal journal, @Reference JuvenileAccess access) {
        this.journal = journal;
        this.access = access;
    }

    @GET
    @Operation(summary = "The journal in scope, latest first; officer=me|id, from/to=dates")
    public Response list(@Context Caller caller, @Context UriInfo uri, @QueryParam("officer") String officer,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        PageRequest page = PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset),
                null, Set.of());
        return RestParams.page(journal.list(caller, access.officerParam(caller, "officer", officer),
                RestParams.date("from", from), RestParams.date("to", to), page), uri);
    }

    @POST
    @Operation(summary = "Enter a reception (201)")
    public Response record(@Context Caller caller, @Context UriInfo uri, NewReception body) {
        Reception r = journal.record(caller, RestParams.requireBody(body));
        return RestResponses.created(uri, r.id(), r, r.version());
    }

    @GET
    @Path("/{id}")
    public Response get(@Context Caller caller, @PathParam("id") String id) {
        Reception r = journal.get(caller, RestResponses.id("id", id));
        return RestResponses.ok(r, r.version());
    }
}
