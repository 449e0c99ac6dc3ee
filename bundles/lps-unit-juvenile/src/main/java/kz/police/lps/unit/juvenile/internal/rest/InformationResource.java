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
import kz.police.lps.unit.juvenile.internal.information.InfoStatus;
import kz.police.lps.unit.juvenile.internal.information.NewSignificantInfo;
import kz.police.lps.unit.juvenile.internal.information.SignificantInfo;
import kz.police.lps.unit.juvenile.internal.information.SignificantInformation;

@Component(service = InformationResource.class, property = JuvenileRest.BASE)
@Path("/information")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "significant information", description = "Significant-information reports (баянат, BR-J40 L951-956): "
        + "reported immediately, signed, checked, filed in the significant-information accumulation file")
public class InformationResource {

    public record Signature(String signedBy) {
    }

    public record CheckResult(String checkResult) {
    }

    private final SignificantInformation information;

    @Activate
    public InformationResource(@Reference SignificantInformation information) {
        this.information = information;
    }

    @GET
    @Operation(summary = "Reports in scope, latest first; person=id, status=REPORTED|SIGNED|CHECKED|FILED")
    public Response list(@Context Caller caller, @Context UriInfo uri, @QueryParam("person") String person,
            @QueryParam("status") String status, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        PageRequest page = PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset),
                null, Set.of());
        return RestParams.page(information.list(caller, RestParams.id("person", person),
                RestParams.enumeration("status", status, InfoStatus.class), page), uri);
    }

    @GET
    @Path("/file")
    @Operation(summary = "The significant-information accumulation file: filed reports, of a person when given")
    public Response file(@Context Caller caller, @Context UriInfo uri, @QueryParam("person") String person,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        PageRequest page = PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset),
                null, Set.of());
        return RestParams.page(information.list(caller, RestParams.id("person", person), InfoStatus.FILED, page),
                uri);
    }

    @POST
    @Operation(summary = "Report significant information (201); a task due immediately goes to management")
    public Response report(@Context Caller caller, @Context UriInfo uri, NewSignificantInfo body) {
        SignificantInfo i = information.report(caller, RestParams.requireBody(body));
        return RestResponses.created(uri, i.id(), i, i.version());
    }

    @GET
    @Path("/{id}")
    public Response get(@Context Caller caller, @PathParam("id") String id) {
        SignificantInfo i = information.get(caller, RestResponses.id("id", id));
        return RestResponses.ok(i, i.version());
    }

    @POST
    @Path("/{id}/signature")
    @Operation(summary = "Management signs (the head role; If-Match); the immediate task is completed")
    public Response sign(@Context Caller caller, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Signature body) {
        SignificantInfo i = information.sign(caller, RestResponses.id("id", id), RestParams.ifMatch(ifMatch),
                body == null ? null : body.signedBy());
        return RestResponses.ok(i, i.version());
    }

    @POST
    @Path("/{id}/check")
    @Operation(summary = "Record the check's result (If-Match)")
    public Response check(@Context Caller caller, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, CheckResult body) {
        SignificantInfo i = information.check(caller, RestResponses.id("id", id), RestParams.ifMatch(ifMatch),
                body == null ? null : body.checkResult());
        return RestResponses.ok(i, i.version());
    }

    @POST
    @Path("/{id}/filing")
    @Operation(summary = "File the signed copy and check results in the accumulation file (If-Match)")
    public Response file(@Context Caller caller, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        SignificantInfo i = information.file(caller, RestResponses.id("id", id), RestParams.ifMatch(ifMatch));
        return RestResponses.ok(i, i.version());
    }
}
