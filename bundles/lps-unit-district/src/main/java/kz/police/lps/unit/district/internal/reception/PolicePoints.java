package kz.police.lps.unit.district.internal.reception;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.error.NotFoundException;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.org.OrgUnit;
import kz.police.lps.core.api.org.OrgUnitKind;
import kz.police.lps.unit.district.internal.precinct.DistrictTree;

/**
 * District police points (УПП) of the organisation tree, where receptions take place (textbook L376-383): only the
 * district unit's points ({@link DistrictTree#node}), never another unit's node of that kind.
 */
@Component(service = PolicePoints.class)
public class PolicePoints {

    private static final String SUBJECT = "police-point";

    private final DistrictTree tree;

    @Activate
    public PolicePoints(@Reference DistrictTree tree) {
        this.tree = tree;
    }

    /** The node, when it exists and is a police point of the district unit. */
    public Optional<OrgUnit> find(long id) {
        try {
            return Optional.of(tree.node(SUBJECT, id, OrgUnitKind.POLICE_POINT));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** A point named in a path: 404 unless it is one. */
    public OrgUnit require(long id) {
        return tree.node(SUBJECT, id, OrgUnitKind.POLICE_POINT);
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
        Optional<OrgUnit> point = officer.departmentId() == null ? Optional.empty()
                : district(officer.departmentId(), OrgUnitKind.PRECINCT)
                        .flatMap(p -> p.parentId() == null ? Optional.empty() : find(p.parentId()))
                        .or(() -> find(officer.departmentId()));
        return point.orElseThrow(() -> ValidationException.of(field, "district.reception.point.required"));
    }

    private Optional<OrgUnit> district(long id, OrgUnitKind kind) {
        try {
            return Optional.of(tree.node(SUBJECT, id, kind));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
