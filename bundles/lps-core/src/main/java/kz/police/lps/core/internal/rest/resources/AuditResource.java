package kz.police.lps.core.internal.rest.resources;

import java.util.Set;

import javax.ws.rs.GET;
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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.police.lps.core.api.audit.AuditAction;
import kz.police.lps.core.api.audit.AuditQuery;
import kz.police.lps.core.api.audit.AuditService;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.rest.RestResources;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.rest.RestParams;

@Component(service = AuditResource.class, property = RestResources.BASE + "=" + RestResources.CORE_BASE)
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit", description = "The audit trail of every read and write (lps-admin, heads, lps-auditor)")
public class AuditResource {

    private final AuditService audit;

    @Activate
    public AuditResource(@Reference AuditService audit) {
        this.audit = audit;
    }

    @GET
    @Operation(summary = "Audit records, newest first, in the caller's scope")
    public Response search(@Context Caller caller, @Context UriInfo uri, @QueryParam("user") String user,
            @Parameter(description = "subject type, e.g. person") @QueryParam("subjectType") String subjectType,
            @QueryParam("subjectId") String subjectId, @QueryParam("action") String action,
            @Parameter(description = "ISO instant or date, inclusive") @QueryParam("from") String from,
            @Parameter(description = "ISO instant or date, exclusive") @QueryParam("to") String to,
            @QueryParam("limit") String limit, @QueryParam("offset") String offset, @QueryParam("sort") String sort) {
        AuditQuery q = new AuditQuery(RestParams.text(user), RestParams.text(subjectType), RestParams.text(subjectId),
                RestParams.enumeration("action", action, AuditAction.class), RestParams.instant("from", from),
                RestParams.instant("to", to));
        PageRequest page = PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset), sort,
                Set.of("at", "username", "id"));
        return RestParams.page(audit.search(caller, q, page), uri);
    }

}
