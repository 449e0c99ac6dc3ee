package kz.police.lps.core.internal.rest.resources;

import java.net.URI;
import java.util.List;

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

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.police.lps.core.api.error.NotFoundException;
import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.register.CheckRecord;
import kz.police.lps.core.api.register.NewCheck;
import kz.police.lps.core.api.register.NewRegistration;
import kz.police.lps.core.api.register.RegisterDefinition;
import kz.police.lps.core.api.register.RegisterGround;
import kz.police.lps.core.api.register.RegisterService;
import kz.police.lps.core.api.register.Registration;
import kz.police.lps.core.api.register.RegistrationQuery;
import kz.police.lps.core.api.register.RegistrationStatus;
import kz.police.lps.core.api.register.Removal;
import kz.police.lps.core.api.rest.RestParams;
import kz.police.lps.core.api.rest.RestResources;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.unit.CardAlert;
import kz.police.lps.core.internal.rest.Json;

@Component(service = RegistersResource.class, property = RestResources.BASE + "=" + RestResources.CORE_BASE)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "registers", description = "Preventive registers of the installed units: placements, planned checks, "
        + "removals; the history is kept for ever")
public class RegistersResource {

    /** A register with its placement and removal grounds. */
    public record RegisterView(String id, String unitId, LocalizedText name, boolean restricted,
            CardAlert.Severity alert, String actCode, String lines, boolean configurable, List<RegisterGround> grounds) {

        static RegisterView of(RegisterDefinition r, List<RegisterGround> grounds) {
            return new RegisterView(r.id(), r.unitId(), r.name(), r.restricted(), r.alert(), r.actCode(), r.lines(),
                    r.configurable(), grounds);
        }
    }

    private final RegisterService registers;
    private final ObjectMapper json = Json.mapper();

    @Activate
    public RegistersResource(@Reference RegisterService registers) {
        this.registers = registers;
    }

    @GET
    @Path("registers")
    @Operation(summary = "The registers of the installed units, each with its act and textbook lines")
    public List<RegisterDefinition> list(@Context Caller caller, @QueryParam("unit") String unit) {
        return registers.registers(RestParams.text(unit));
    }

    @GET
    @Path("registers/{registerId}")
    @Operation(summary = "One register with its placement and removal grounds")
    public RegisterView register(@Context Caller caller, @PathParam("registerId") String registerId) {
        RegisterDefinition r = registers.register(registerId)
                .orElseThrow(() -> new NotFoundException("register", registerId));
        return RegisterView.of(r, registers.grounds(r.id()));
    }

    @POST
    @Path("registrations")
    @Operation(summary = "Place a person on a register (a role of the register's unit; 409 if already on it)")
    public Response place(@Context Caller caller, @Context UriInfo uri, NewRegistration body) {
        Registration r = registers.place(caller, RestParams.requireBody(body));
        URI location = uri.getBaseUriBuilder().path("registrations").path(String.valueOf(r.id())).build();
        return Response.created(location).tag(RestParams.etag(r.version())).entity(r).build();
    }

    @GET
    @Path("registrations")
    @Operation(summary = "Search registrations the caller may see (audited); restricted registers need a role of "
            + "their unit")
    public Response search(@Context Caller caller, @Context UriInfo uri,
            @Parameter(description = "register id") @QueryParam("register") String register,
            @QueryParam("personId") String personId,
            @Parameter(description = "ACTIVE or REMOVED") @QueryParam("status") String status,
            @Parameter(description = "this department or a node under it") @QueryParam("departmentId")
            String departmentId,
            @QueryParam("responsibleOfficerId") String responsibleOfficerId,
            @Parameter(description = "placement ground code") @QueryParam("ground") String ground,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset,
            @Parameter(description = "e.g. -startedOn,id") @QueryParam("sort") String sort) {
        RegistrationQuery q = new RegistrationQuery(RestParams.text(register), RestParams.id("personId", personId),
                RestParams.enumeration("status", status, RegistrationStatus.class),
                RestParams.id("departmentId", departmentId),
                RestParams.id("responsibleOfficerId", responsibleOfficerId), RestParams.text(ground));
        PageRequest page = PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset),
                sort, RegisterService.SORTABLE);
        return RestParams.page(registers.search(caller, q, page), uri);
    }

    @GET
    @Path("registrations/{id}")
    @Operation(summary = "One registration with its checks, latest first (audited); the ETag is for If-Match")
    public Response get(@Context Caller caller, @PathParam("id") String id) {
        long registrationId = RestParams.required("id", RestParams.id("id", id));
        Registration r = registers.get(caller, registrationId);
        ObjectNode body = json.valueToTree(r);
        body.set("checks", json.valueToTree(registers.checks(caller, registrationId)));
        return Response.ok(body).tag(RestParams.etag(r.version())).build();
    }

    @POST
    @Path("registrations/{id}/checks")
    @Operation(summary = "Record a check of an active registration; completes its planned-check task")
    public Response recordCheck(@Context Caller caller, @PathParam("id") String id, NewCheck body) {
        CheckRecord c = registers.recordCheck(caller, RestParams.required("id", RestParams.id("id", id)),
                RestParams.requireBody(body));
        return Response.status(Response.Status.CREATED).entity(c).build();
    }

    @POST
    @Path("registrations/{id}/removal")
    @Operation(summary = "Remove from the register with a removal ground; If-Match with the ETag is required (428 "
            + "without, 412 if stale)")
    public Response remove(@Context Caller caller, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Removal body) {
        Registration r = registers.remove(caller, RestParams.required("id", RestParams.id("id", id)),
                RestParams.ifMatch(ifMatch), RestParams.requireBody(body));
        return Response.ok(r).tag(RestParams.etag(r.version())).build();
    }
}
