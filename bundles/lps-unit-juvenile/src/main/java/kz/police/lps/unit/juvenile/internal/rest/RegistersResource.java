package kz.police.lps.unit.juvenile.internal.rest;

import java.util.List;
import java.util.Map;

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
import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.register.RegisterService;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;
import kz.police.lps.unit.juvenile.internal.JuvenileUnit;

/**
 * The unit's preventive registers (of minors, 7 categories, L1346-1371; of parents, 1 category, L1373-1377) with the
 * number of active registrations in the caller's data scope. Need-to-know: the unit's roles and {@code lps-admin}
 * only. Placing, reading and removing registrations go through the core's {@code /api/v1/registrations}.
 */
@Component(service = RegistersResource.class, property = JuvenileRest.BASE)
@Path("/registers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "juvenile registers", description = "Preventive registration and control of minors and of parents "
        + "(профилактикалық есепке алу және бақылау, L1346-1389)")
public class RegistersResource {

    /** A register of the unit with its active registrations in the caller's scope. */
    public record RegisterSummary(String id, LocalizedText name, boolean restricted, long active) {
    }

    private final RegisterService registers;
    private final JuvenileAccess access;

    @Activate
    public RegistersResource(@Reference RegisterService registers, @Reference JuvenileAccess access) {
        this.registers = registers;
        this.access = access;
    }

    @GET
    @Operation(summary = "The unit's registers with their active registrations in the caller's scope")
    public List<RegisterSummary> list(@Context Caller caller) {
        access.requireReader(caller, "register", JuvenileUnit.ID);
        Map<String, Long> counts = registers.activeCounts(caller);
        return registers.registers(JuvenileUnit.ID).stream().map(r -> new RegisterSummary(r.id(), r.name(),
                r.restricted(), counts.getOrDefault(r.id(), 0L))).toList();
    }
}
