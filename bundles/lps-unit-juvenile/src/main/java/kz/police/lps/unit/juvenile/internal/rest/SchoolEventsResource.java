package kz.police.lps.unit.juvenile.internal.rest;

import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
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
import kz.police.lps.unit.juvenile.internal.schoolwork.SchoolEventKind;
import kz.police.lps.unit.juvenile.internal.schoolwork.SchoolEvents;

@Component(service = SchoolEventsResource.class, property = JuvenileRest.BASE)
@Path("/school-events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "school-events", description = "Legal lectures and propaganda, vacation employment, off-site court or Commission sessions and other school events (US-J24, US-J25)")
public class SchoolEventsResource {

    private final SchoolEvents events;

    @Activate
    public SchoolEventsResource(@Reference SchoolEvents events) {
        this.events = events;
    }

    private static PageRequest page(String limit, String offset) {
        return PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset), null,
                Set.of());
    }

    @GET
    public Response list(@Context Caller caller, @Context UriInfo uri, @QueryParam("school") String school,
            @QueryParam("kind") String kind, @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        return RestParams.page(events.list(caller, RestParams.id("school", school),
                RestParams.enumeration("kind", kind, SchoolEventKind.class), page(limit, offset)), uri);
    }

    @POST
    @Operation(summary = "Record or schedule a school event (201)")
    public Response create(@Context Caller caller, @Context UriInfo uri, SchoolEvents.NewSchoolEvent body) {
        SchoolEvents.SchoolEvent e = events.record(caller, RestParams.requireBody(body));
        return RestResponses.created(uri, e.id(), e, e.version());
    }
}
