package kz.police.lps.core.internal.rest.resources;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.police.lps.core.api.rest.RestResources;
import kz.police.lps.core.api.security.Caller;

@Component(service = MeResource.class, property = RestResources.BASE + "=" + RestResources.CORE_BASE)
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "me", description = "Who the caller is to LPS")
public class MeResource {

    /** The caller's login, roles, own department and data scope. */
    public record Me(String username, List<String> roles, Long departmentId, String scope) {
    }

    @GET
    @Operation(summary = "The authenticated caller: roles and data scope")
    public Me me(@Context Caller caller) {
        return new Me(caller.username(), caller.roles().stream().sorted().toList(), caller.departmentId(),
                caller.scope().toString());
    }
}
