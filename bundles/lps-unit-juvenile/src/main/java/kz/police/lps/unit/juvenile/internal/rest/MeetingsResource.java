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
import kz.police.lps.unit.juvenile.internal.outreach.NewOutreach;
import kz.police.lps.unit.juvenile.internal.outreach.Outreach;
import kz.police.lps.unit.juvenile.internal.outreach.OutreachJournal;
import kz.police.lps.unit.juvenile.internal.outreach.OutreachKind;

@Component(service = MeetingsResource.class, property = JuvenileRest.BASE)
@Path("/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "meetings and media", description = "Meetings with the population held with district inspectors "
        + "(L924-928) and media engagements (L1063-1064)")
public class MeetingsResource {

    private final OutreachJournal journal;
    private final JuvenileAccess access;

    @Activate
    public MeetingsResource(@Reference OutreachJournal journal, @Reference JuvenileAccess access) {
        this.journal = journal;
        this.access = access;
    }

    @GET
    @Operation(summary = "Records in scope, latest first; kind=POPULATION_MEETING|MEDIA, officer=me|id")
    public Response list(@Context Caller caller, @Context UriInfo uri, @QueryParam("kind") String kind,
            @QueryParam("officer") String officer, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        PageRequest page = PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset),
                null, Set.of());
        return RestParams.page(journal.list(caller, RestParams.enumeration("kind", kind, OutreachKind.class),
                access.officerParam(caller, "officer", officer), page), uri);
    }

    @POST
    @Operation(summary = "Record a meeting or media engagement (201)")
    public Response record(@Context Caller caller, @Context UriInfo uri, NewOutreach body) {
        Outreach o = journal.record(caller, RestParams.requireBody(body));
        return RestResponses.created(uri, o.id(), o, o.version());
    }

    @GET
    @Path("/{id}")
    public Response get(@Context Caller caller, @PathParam("id") String id) {
        Outreach o = journal.get(caller, RestResponses.id("id", id));
        return RestResponses.ok(o, o.version());
    }
}
