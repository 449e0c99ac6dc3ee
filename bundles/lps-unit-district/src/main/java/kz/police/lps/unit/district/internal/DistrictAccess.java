package kz.police.lps.unit.district.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.audit.AuditService;
import kz.police.lps.core.api.org.OfficerService;
import kz.police.lps.core.api.org.OrgService;
import kz.police.lps.core.api.unit.UnitAccess;

/**
 * Who may do what in the district unit, in one place. Every refusal is audited ({@link AuditService#denied}) and
 * answered 403. Roles: {@code district-inspector} and {@code district-assistant} keep their own records,
 * {@code district-head} directs and approves, {@code district-viewer} reads; {@code lps-admin} may do all.
 * Every record carries an owning department; a caller acts only on departments in their data scope. An unknown
 * officer is answered with {@code district.officer.unknown}.
 */
@Component(service = DistrictAccess.class)
public class DistrictAccess extends UnitAccess {

    public static final String UNIT = DistrictUnit.ID;

    @Activate
    public DistrictAccess(@Reference AuditService audit, @Reference OrgService org,
            @Reference OfficerService officers) {
        super(UNIT, audit, org, officers);
    }
}
