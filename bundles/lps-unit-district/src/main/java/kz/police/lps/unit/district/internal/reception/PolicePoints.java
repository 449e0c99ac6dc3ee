package kz.police.lps.unit.district.internal.reception;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.error.NotFoundException;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.org.OrgService;
import kz.police.lps.core.api.org.OrgUnit;
import kz.police.lps.core.api.org.OrgUnitKind;
import kz.police.lps.core.api.security.Caller;

/** District police points (УПП) of the organisation tree, where receptions take place (textbook L376-383). */
@Component(service = PolicePoints.class)
public class PolicePoints {

    private static final Caller SYSTEM = Caller.system("district");

    private final OrgService org;

    @Activate
    public PolicePoints(@Reference OrgService org) {
        this.org = org;
    }

    /** The node, when it exists and is a police point. */
    public Optional<OrgUnit> find(long id) {
        try {
            OrgUnit node = org.get(SYSTEM, id);
            return node.kind() == OrgUnitKind.POLICE_POINT ? Optional.of(node) : Optional.empty();
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** A point named in a path: 404 unless it is one. */
    public OrgUnit require(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("police-point", id));
    }

    /**
     * The point of a reception: the one given (422 naming {@code field} unless it is a point), else the point the
     * officer serves at, directly or through their precinct (422 naming {@code field} when they serve elsewhere).
     */
    public OrgUnit of(String field, Long pointId, Officer officer) {
        if (pointId != null) {
            return find(pointId).orElseThrow(() -> ValidationException.of(field, "district.reception.point.unknown",
                    pointId));
        }
        OrgUnit node = node(officer.departmentId());
        if (node != null && node.kind() == OrgUnitKind.PRECINCT && node.parentId() != null) {
            node = node(node.parentId());
        }
        if (node == null || node.kind() != OrgUnitKind.POLICE_POINT) {
            throw ValidationException.of(field, "district.reception.point.required");
        }
        return node;
    }

    private OrgUnit node(long id) {
        try {
            return org.get(SYSTEM, id);
        } catch (NotFoundException e) {
            return null;
        }
    }
}
