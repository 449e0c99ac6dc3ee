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

@Component(service = ReferralsResource.class, property = JuvenileRest.BASE)
@Path("/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "juvenile referrals", description = "Referral of a minor to a special educational organisation: only deliberate evasion of schooling or a criminal offence (BR-J44, US-J37, L1201-1206)")
public class ReferralsResource extends MaterialsCasesResource {

    @Activate
    public ReferralsResource(@Reference CourtMaterials materials) {
        super(materials, MaterialsKind.SPECIAL_SCHOOL_REFERRAL);
    }
}
