package kz.police.lps.unit.juvenile.internal.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.tags.Tag;
import kz.police.lps.unit.juvenile.internal.referral.CourtMaterials;
import kz.police.lps.unit.juvenile.internal.referral.MaterialsKind;

@Component(service = ParentalRightsResource.class, property = JuvenileRest.BASE)
@Path("/parental-rights-cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "juvenile parental-rights-cases", description = "Parental-rights cases prepared through the Commission for a claim to the court (BR-J45, US-J38, L1208-1214)")
public class ParentalRightsResource extends MaterialsCasesResource {

    @Activate
    public ParentalRightsResource(@Reference CourtMaterials materials) {
        super(materials, MaterialsKind.PARENTAL_RIGHTS);
    }
}
