package kz.police.lps.unit.district.internal.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.police.lps.core.api.rest.RestParams;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.district.internal.compliance.ComplianceResult;
import kz.police.lps.unit.district.internal.compliance.StaffingCompliance;

@Component(service = ComplianceResource.class, property = DistrictRest.BASE)
@Path("/compliance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "staffing compliance", description = "Staffing-norm warnings per point and precinct (US-03..05, "
        + "BR-01..10); the decree recommends, so these are warnings (L181)")
public class ComplianceResource {

    private final StaffingCompliance compliance;

    @Activate
    public ComplianceResource(@Reference StaffingCompliance compliance) {
        this.compliance = compliance;
    }

    @GET
    @Operation(summary = "The warnings of a department's points and precincts (default: the caller's scope), with "
            + "the norm values in force")
    public ComplianceResult check(@Context Caller caller, @QueryParam("departmentId") String departmentId) {
        return compliance.check(caller, RestParams.id("departmentId", departmentId));
    }
}
