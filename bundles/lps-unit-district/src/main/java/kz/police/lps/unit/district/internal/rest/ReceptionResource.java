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
import kz.police.lps.unit.district.internal.reception.NewReception;
import kz.police.lps.unit.district.internal.reception.Reception;
import kz.police.lps.unit.district.internal.reception.ReceptionJournal;

@Component(service = ReceptionResource.class, property = DistrictRest.BASE)
@Path("/receptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "citizen reception journal", description = "Every reception at the police point (L626-629); a reported "
        + "incident or offence is registered as an application of the core intake in the same transaction (WF-9)")
public class ReceptionResource {

    private final ReceptionJournal journal;
    private final DistrictAccess access;

    @Activate
    public ReceptionResource(@Reference ReceptionJournal journal, @Reference DistrictAccess access) {
        this.journal = journal;
        this.access = access;
    }

    @GET
    @Operation(summary = "The journal in your scope, latest first")
    public Response list(@Context Caller caller, @Context UriInfo uri, @QueryParam("point") String point,
            @Parameter(description = "'me' or an officer id") @QueryParam("officer") String officer,
            @QueryParam("person") String person, @QueryParam("from") String from, @QueryParam("to") String to,
            @Parameter(description = "true: only those outside the approved schedule") @QueryParam("outsideSchedule")
            String outsideSchedule, @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        PageRequest page = PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset),
                null, Set.of());
        ReceptionJournal.Query q = new ReceptionJournal.Query(RestParams.id("point", point),
                access.officerParam(caller, "officer", officer), RestParams.id("person", person),
                RestParams.date("from", from), RestParams.date("to", to),
                RestParams.bool("outsideSchedule", outsideSchedule));
        return RestParams.page(journal.list(caller, q, page), uri);
    }

    @POST
    @Operation(summary = "Enter a reception (201); with 'filing' it also registers an application")
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
