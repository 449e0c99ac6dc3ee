package kz.police.lps.core.internal.rest.resources;

import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.person.Person;
import kz.police.lps.core.api.person.PersonQuery;
import kz.police.lps.core.api.person.PersonRelation;
import kz.police.lps.core.api.person.PersonService;
import kz.police.lps.core.api.rest.RestResources;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.unit.CardAlert;
import kz.police.lps.core.api.unit.PersonCard;
import kz.police.lps.core.api.unit.PersonCardService;
import kz.police.lps.core.api.rest.RestParams;

@Component(service = PersonsResource.class, property = RestResources.BASE + "=" + RestResources.CORE_BASE)
@Path("/persons")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "persons", description = "Persons, their addresses, relations and the cross-unit person card")
public class PersonsResource {

    private final PersonService persons;
    private final PersonCardService cards;

    @Activate
    public PersonsResource(@Reference PersonService persons, @Reference PersonCardService cards) {
        this.persons = persons;
        this.cards = cards;
    }

    @GET
    @Operation(summary = "Search persons in the caller's data scope (each search is audited)")
    public Response search(@Context Caller caller, @Context UriInfo uri,
            @Parameter(description = "exact IIN") @QueryParam("iin") String iin,
            @Parameter(description = "start of surname, name or 'surname name'; Kazakh/Russian letter variants match")
            @QueryParam("name") String name,
            @QueryParam("birthDate") String birthDate, @QueryParam("departmentId") String departmentId,
            @QueryParam("precinctId") String precinctId, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset,
            @Parameter(description = "e.g. surname,-birthDate") @QueryParam("sort") String sort) {
        PersonQuery q = new PersonQuery(RestParams.text(iin), RestParams.text(name), RestParams.date("birthDate", birthDate),
                RestParams.id("departmentId", departmentId), RestParams.id("precinctId", precinctId));
        PageRequest page = PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset), sort,
                PersonService.SORTABLE);
        return RestParams.page(persons.search(caller, q, page), uri);
    }

    @POST
    @Operation(summary = "Register a person (IIN validated; 409 if the IIN exists)")
    public Response create(@Context Caller caller, @Context UriInfo uri, Person person) {
        Person created = persons.create(caller, RestParams.requireBody(person));
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build();
        return Response.created(location).tag(RestParams.etag(created.version())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a person (audited); the ETag is the version for If-Match")
    public Response get(@Context Caller caller, @PathParam("id") String id) {
        Person p = persons.get(caller, RestParams.id("id", id));
        return Response.ok(p).tag(RestParams.etag(p.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a person's data; If-Match with the ETag is required (428 without, 412 if stale)")
    public Response update(@Context Caller caller, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Person person) {
        Person p = persons.update(caller, RestParams.id("id", id), RestParams.ifMatch(ifMatch), RestParams.requireBody(person));
        return Response.ok(p).tag(RestParams.etag(p.version())).build();
    }

    @GET
    @Path("/{id}/card")
    @Operation(summary = "The person card: alerts, core data, relations and one section per installed unit")
    public PersonCard card(@Context Caller caller, @PathParam("id") String id) {
        return cards.card(caller, RestParams.id("id", id));
    }

    @GET
    @Path("/{id}/alerts")
    @Operation(summary = "Only the alerts of the person card, from every installed unit, most severe first")
    public List<CardAlert> alerts(@Context Caller caller, @PathParam("id") String id) {
        return cards.alerts(caller, RestParams.id("id", id));
    }

    @GET
    @Path("/{id}/relations")
    @Operation(summary = "Relations of a person (both directions)")
    public List<PersonRelation> relations(@Context Caller caller, @PathParam("id") String id) {
        return persons.relations(caller, RestParams.id("id", id));
    }

    @POST
    @Path("/{id}/relations")
    @Operation(summary = "Add a relation: the person is <kind> of relatedPersonId")
    public Response addRelation(@Context Caller caller, @PathParam("id") String id, PersonRelation relation) {
        PersonRelation r = persons.addRelation(caller, RestParams.id("id", id), RestParams.requireBody(relation));
        return Response.status(Response.Status.CREATED).entity(r).build();
    }

    @DELETE
    @Path("/{id}/relations/{relationId}")
    @Operation(summary = "Remove a relation")
    public Response removeRelation(@Context Caller caller, @PathParam("id") String id,
            @PathParam("relationId") String relationId) {
        persons.removeRelation(caller, RestParams.id("id", id), RestParams.id("relationId", relationId));
        return Response.noContent().build();
    }


}
