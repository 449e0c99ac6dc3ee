package kz.police.lps.unit.district.internal.destructive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.norm.NormService;
import kz.police.lps.core.api.norm.RunNorms;
import kz.police.lps.core.api.org.OrgService;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.register.RegisterService;
import kz.police.lps.core.api.register.Registration;
import kz.police.lps.core.api.register.RegistrationQuery;
import kz.police.lps.core.api.register.RegistrationStatus;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.task.NewTask;
import kz.police.lps.core.api.task.TaskSource;
import kz.police.lps.unit.district.internal.DistrictAccess;
import kz.police.lps.unit.district.internal.DistrictSchema;

/**
 * The 10-day information on every follower of a destructive religious movement on the register (BR-31, textbook
 * L589-594): for each active registration, one task per {@link InformationWindows window}, for the registration's
 * responsible officer, due {@code district.destructive-movements.information-interval} calendar days after the
 * window's start, with the origin key {@code district.destructive-movements.information:<registration>:<window>}. A
 * window whose information has been sent gets no task.
 */
@Component(service = TaskSource.class)
public class InformationObligation implements TaskSource {

    private final JpaTemplate jpa;
    private final RegisterService registers;
    private final NormService norms;
    private final WorkingCalendar calendar;
    private final OrgService org;

    @Activate
    public InformationObligation(@Reference(target = DistrictSchema.JPA) JpaTemplate jpa,
            @Reference(target = DistrictSchema.TARGET) SchemaReady schema, @Reference RegisterService registers,
            @Reference NormService norms, @Reference WorkingCalendar calendar, @Reference OrgService org) {
        this.jpa = jpa;
        this.registers = registers;
        this.norms = norms;
        this.calendar = calendar;
        this.org = org;
    }

    @Override
    public String id() {
        return DestructiveMovements.INFO_TASK;
    }

    @Override
    public String unitId() {
        return DistrictAccess.UNIT;
    }

    /**
     * The active registrations are read a page at a time, and for each page only its registrations' latest reported
     * windows; the interval is looked up once per region of the run.
     */
    @Override
    public Stream<NewTask> tasks(LocalDate today) {
        RunNorms run = new RunNorms(norms);
        Map<Long, String> paths = new HashMap<>();
        return activeRegistrations().flatMap(page -> {
            Map<Long, Integer> reported = latestReportedWindows(page.stream().map(Registration::id).toList());
            List<NewTask> due = new ArrayList<>();
            for (Registration r : page) {
                String path = r.departmentId() == null ? null
                        : paths.computeIfAbsent(r.departmentId(), d -> org.pathOf(d).orElse(null));
                int interval = run.intValue(DestructiveMovements.INTERVAL_NORM, r.departmentId(), path);
                int window = InformationWindows.windowOf(r.startedOn(), today, interval);
                if (reported.getOrDefault(r.id(), -1) >= window) {
                    continue;
                }
                LocalDate start = InformationWindows.start(r.startedOn(), window, interval);
                due.add(NewTask.byNorm(unitId(), id(), "Деструктивті діни ағымдар: 10 күндік ақпарат / информация "
                        + "по деструктивным религиозным течениям до " + InformationWindows.due(r.startedOn(), window,
                                interval), RegisterService.SUBJECT, r.id(), r.departmentId(), r.responsibleOfficerId(),
                        DestructiveMovements.INTERVAL_NORM, start.atStartOfDay(calendar.zone()).toInstant())
                        .withOriginKey(id() + ":" + r.id() + ":" + window));
            }
            return due.stream();
        });
    }

    /** The active registrations of the register, a page at a time (each read when the stream gets to it). */
    private Stream<List<Registration>> activeRegistrations() {
        Caller system = Caller.system(id());
        RegistrationQuery query = new RegistrationQuery(DestructiveMovements.REGISTER, null,
                RegistrationStatus.ACTIVE, null, null, null);
        Function<Integer, Page<Registration>> read = offset -> registers.search(system, query, new PageRequest(
                PageRequest.MAX_LIMIT, offset, List.of(new PageRequest.SortKey("id", false))));
        return Stream.iterate(read.apply(0), page -> page != null,
                page -> page.items().size() < PageRequest.MAX_LIMIT
                        || page.offset() + PageRequest.MAX_LIMIT >= page.total() ? null
                                : read.apply(page.offset() + PageRequest.MAX_LIMIT))
                .map(Page::items).filter(items -> !items.isEmpty());
    }

    /** The latest window with information sent, of these registrations. */
    private Map<Long, Integer> latestReportedWindows(List<Long> registrationIds) {
        Map<Long, Integer> latest = new HashMap<>();
        if (registrationIds.isEmpty()) {
            return latest;
        }
        jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT e.registrationId, MAX(e.windowNo) "
                + "FROM InformationReportEntity e WHERE e.registrationId IN :ids GROUP BY e.registrationId",
                Object[].class).setParameter("ids", registrationIds).getResultList())
                .forEach(row -> latest.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue()));
        return latest;
    }
}
