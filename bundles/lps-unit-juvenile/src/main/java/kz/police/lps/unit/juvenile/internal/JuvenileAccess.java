package kz.police.lps.unit.juvenile.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.audit.AuditService;
import kz.police.lps.core.api.org.OfficerService;
import kz.police.lps.core.api.org.OrgService;
import kz.police.lps.core.api.unit.UnitAccess;

/**
 * Who may do what in the juvenile unit, in one place. A minor's records are the most sensitive the platform holds:
 * only the unit's roles ({@code juvenile-inspector}, {@code juvenile-school-inspector}, {@code juvenile-head},
 * {@code juvenile-viewer}) and {@code lps-admin} read them; a user of another unit is refused (403, audited). The
 * head of the juvenile affairs unit (or its senior inspector) directs and approves; inspectors and school inspectors
 * keep their own records. Every record carries an owning department in the caller's data scope.
 */
@Component(service = JuvenileAccess.class)
public class JuvenileAccess extends UnitAccess {

    public static final String UNIT = JuvenileUnit.ID;

    @Activate
    public JuvenileAccess(@Reference AuditService audit, @Reference OrgService org,
            @Reference OfficerService officers) {
        super(UNIT, audit, org, officers);
    }
}
