package kz.police.lps.unit.district.internal.firearms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.calendar.ReportingPeriod;
import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.norm.NormService;
import kz.police.lps.core.api.task.NewTask;
import kz.police.lps.core.api.task.Periodicity;
import kz.police.lps.core.api.task.TaskSource;
import kz.police.lps.unit.district.internal.DistrictAccess;
import kz.police.lps.unit.district.internal.DistrictSchema;
import kz.police.lps.unit.district.internal.precinct.Precincts;

/**
 * The periodic check of every firearm owner at the storage address, at least once a year (BR-29, textbook L541-548;
 * period from {@code district.weapon-owner.check-periodicity}): one task per owner and period for the inspector of
 * the owner's precinct ({@link Precincts#inspectorOf}: the one the head assigned, else the unit's officer serving in
 * the precinct's node), due by the end of the period, origin key {@code district.weapon-owner.check:<owner>:<period>}.
 * An owner already checked in the period (a counted check) gets none, nor does a closed owner record.
 */
@Component(service = TaskSource.class)
public class AnnualCheckObligation implements TaskSource {

    private final JpaTemplate jpa;
    private final Precincts precincts;
    private final NormService norms;
    private final WorkingCalendar calendar;

    @Activate
    public AnnualCheckObligation(@Reference(target = DistrictSchema.JPA) JpaTemplate jpa,
            @Reference(target = DistrictSchema.TARGET) SchemaReady schema, @Reference Precincts precincts,
            @Reference NormService norms, @Reference WorkingCalendar calendar) {
        this.jpa = jpa;
        this.precincts = precincts;
        this.norms = norms;
        this.calendar = calendar;
    }

    @Override
    public String id() {
        return FirearmChecks.ANNUAL_TASK;
    }

    @Override
    public String unitId() {
        return DistrictAccess.UNIT;
    }

    private record Owner(long id, long departmentId, long precinctId) {
    }

    @Override
    public Stream<NewTask> tasks(LocalDate today) {
        List<Owner> owners = new ArrayList<>();
        Map<Long, LocalDate> last = jpa.txExpr(TransactionType.Supports, em -> {
            em.createQuery("SELECT e.id, e.departmentId, e.precinctId FROM FirearmOwnerEntity e "
                    + "WHERE e.closedOn IS NULL", Object[].class)
                    .getResultList().forEach(r -> owners.add(new Owner(((Number) r[0]).longValue(),
                            ((Number) r[1]).longValue(), ((Number) r[2]).longValue())));
            return FirearmChecks.lastCountedChecks(em, owners.stream().map(Owner::id).toList());
        });
        Map<Long, Optional<Long>> inspectors = new HashMap<>();
        List<NewTask> due = new ArrayList<>();
        for (Owner o : owners) {
            ReportingPeriod period = Periodicity.periodOf(norms.effective(FirearmChecks.PERIODICITY_NORM,
                    o.departmentId()), today);
            LocalDate checked = last.get(o.id());
            if (checked != null && !checked.isBefore(period.start())) {
                continue;
            }
            Long inspector = inspectors.computeIfAbsent(o.precinctId(), precincts::inspectorOf)
                    .orElse(null);
            due.add(NewTask.dueAt(unitId(), id(), "Атыс қаруы иесін тексеру / проверка владельца огнестрельного "
                    + "оружия " + period, FirearmChecks.OWNER_SUBJECT, o.id(), o.departmentId(), inspector,
                    calendar.endOf(period.end())).withOriginKey(id() + ":" + o.id() + ":" + period));
        }
        return due.stream();
    }
}
