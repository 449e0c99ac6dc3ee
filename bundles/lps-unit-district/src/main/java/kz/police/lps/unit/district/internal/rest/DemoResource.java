package kz.police.lps.unit.district.internal.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.police.lps.core.api.audit.AuditAction;
import kz.police.lps.core.api.audit.AuditService;
import kz.police.lps.core.api.demo.UnitDemoLoader;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.district.internal.demo.DistrictDemo;

/** Whether the unit's demo records are in (demo mode only; for administrators and tests waiting for them). */
@Component(service = DemoResource.class, property = DistrictRest.BASE)
@Path("/demo")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "demo", description = "The unit's demo records (demo mode)")
public class DemoResource {

    private final DistrictDemo demo;
    private final AuditService audit;

    @Activate
    public DemoResource(@Reference DistrictDemo demo, @Reference AuditService audit) {
        this.demo = demo;
        this.audit = audit;
    }

    @GET
    @Operation(summary = "The demo parts loaded, and whether the load is over (lps-admin)")
    public UnitDemoLoader.State status(@Context Caller caller) {
        if (!caller.isAdmin()) {
            throw audit.denied(caller, AuditAction.READ, "district.demo", null, null, "lps-admin only");
        }
        return demo.state();
    }
}
