package kz.police.lps.unit.district.internal.firearms;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

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
import kz.police.lps.core.api.task.TaskSource;
import kz.police.lps.unit.district.internal.DistrictAccess;
import kz.police.lps.unit.district.internal.DistrictSchema;
import kz.police.lps.unit.district.internal.precinct.Precincts;

/**
 * The periodic check of every firearm owner at the storage address, at least once a year (BR-29, textbook L541-548;
 * period from {@code district.weapon-owner.check-periodicity}): one task per owner and period for the inspector of
 * the owner's precinct ({@link Precincts#inspectorOf}: the one the head assigned, else the unit's officer serving in
 * the precinct's node), due by the end of the period, origin key {@code district.weapon-owner.check:<owner>:<period>}.
 * An owner already checked in the period (a counted check) gets none, nor does a closed owner record: the database
 * reads only the others ({@link NextCheckDue}).
 */
@Component(service = TaskSource.class)
public class AnnualCheckObligation implements TaskSource {

    private final JpaTemplate jpa;
    private final Precincts precincts;
    private final NormService norms;
    private final WorkingCalendar calendar;
    private static final int PAGE = 1000;

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

    /**
     * The open owners whose check of the period is still owed, read a page at a time by ascending id (only they are
     * read: their next check is due by the period's end, kept in the owner's row), the precinct's inspector looked up
     * once per precinct of the run.
     */
    @Override
    public Stream<NewTask> tasks(LocalDate today) {
        ReportingPeriod.Kind kind = NextCheckDue.kind(norms);
        NextCheckDue.refresh(jpa, kind);
        ReportingPeriod period = ReportingPeriod.containing(today, kind);
        Map<Long, Optional<Long>> inspectors = new HashMap<>();
        Iterator<Owner> owners = new Pages(period);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(owners, Spliterator.ORDERED), false)
                .map(o -> NewTask.dueAt(unitId(), id(), "Атыс қаруы иесін тексеру / проверка владельца огнестрельного "
                        + "оружия " + period, FirearmChecks.OWNER_SUBJECT, o.id(), o.departmentId(),
                        inspectors.computeIfAbsent(o.precinctId(), precincts::inspectorOf)
                                .orElse(null), calendar.endOf(period.end()))
                        .withOriginKey(id() + ":" + o.id() + ":" + period));
    }

    /** The owners owing the period's check, {@value #PAGE} at a time. */
    private final class Pages implements Iterator<Owner> {

        private final ReportingPeriod period;
        private Iterator<Owner> page = Collections.emptyIterator();
        private long lastId;
        private boolean exhausted;

        Pages(ReportingPeriod period) {
            this.period = period;
        }

        @Override
        public boolean hasNext() {
            if (!page.hasNext() && !exhausted) {
                List<Owner> rows = jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                        "SELECT e.id, e.departmentId, e.precinctId FROM FirearmOwnerEntity e WHERE e.closedOn IS NULL "
                                + "AND e.nextCheckDue <= :end AND e.id > :after ORDER BY e.id", Object[].class)
                        .setParameter("end", period.end()).setParameter("after", lastId).setMaxResults(PAGE)
                        .getResultList().stream().map(r -> new Owner(((Number) r[0]).longValue(),
                                ((Number) r[1]).longValue(), ((Number) r[2]).longValue())).toList());
                exhausted = rows.size() < PAGE;
                if (!rows.isEmpty()) {
                    lastId = rows.get(rows.size() - 1).id();
                }
                page = rows.iterator();
            }
            return page.hasNext();
        }

        @Override
        public Owner next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return page.next();
        }
    }
}
