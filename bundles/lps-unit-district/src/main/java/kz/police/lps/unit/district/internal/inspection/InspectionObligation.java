package kz.police.lps.unit.district.internal.inspection;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.calendar.ReportingPeriod;
import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.norm.NormService;
import kz.police.lps.core.api.norm.RunNorms;
import kz.police.lps.core.api.org.OrgUnit;
import kz.police.lps.core.api.org.OrgUnitKind;
import kz.police.lps.core.api.task.NewTask;
import kz.police.lps.core.api.task.Periodicity;
import kz.police.lps.core.api.task.TaskSource;
import kz.police.lps.unit.district.internal.DistrictAccess;
import kz.police.lps.unit.district.internal.precinct.DistrictTree;

/**
 * BR-23 (textbook L616-621): for every district police point and inspector level, one task per period of the level's
 * periodicity norm, due by the end of the period, origin key {@code district.inspection:<level>:<period>:<point id>}.
 * The task belongs to the point and is assigned to no one: the inspectors (ЖПҚ head or deputy, deputy head and head
 * of the body) have no officer record the unit could pick reliably, so the unit's heads in scope see it, any of
 * them may take it, and the core escalates it when overdue. A period already written into the book gets no task.
 */
@Component(service = TaskSource.class)
public class InspectionObligation implements TaskSource {

    private final InspectorsBook book;
    private final WorkingCalendar calendar;
    private final NormService norms;
    private final DistrictTree tree;

    @Activate
    public InspectionObligation(@Reference InspectorsBook book, @Reference WorkingCalendar calendar,
            @Reference NormService norms, @Reference DistrictTree tree) {
        this.book = book;
        this.calendar = calendar;
        this.norms = norms;
        this.tree = tree;
    }

    @Override
    public String id() {
        return InspectorsBook.SOURCE;
    }

    @Override
    public String unitId() {
        return DistrictAccess.UNIT;
    }

    @Override
    public Stream<NewTask> tasks(LocalDate today) {
        RunNorms run = new RunNorms(norms);
        // the book's entries since the earliest start of the current periods of the levels' norms (the period kind
        // is the act's, a region overrides only the value) hold every entry of a current period
        LocalDate since = Arrays.stream(InspectorLevel.values())
                .map(level -> Periodicity.periodOf(norms.effective(level.normKey(), null), today).start())
                .min(LocalDate::compareTo).orElse(today);
        Set<String> inspected = book.inspectedSince(since);
        // the district police points of every region, read under each region in the database
        return tree.nodes(OrgUnitKind.POLICE_POINT, null).stream().flatMap(point -> Arrays.stream(InspectorLevel.values()).map(level -> {
            ReportingPeriod period = Periodicity.periodOf(run.effective(level.normKey(), point.id(), point.path()),
                    today);
            String key = InspectorsBook.originKey(level, period, point.id());
            return inspected.contains(key) ? null : NewTask.dueAt(DistrictAccess.UNIT, level.normKey(),
                    title(level, point, period), InspectorsBook.POINT_SUBJECT, point.id(), point.id(), null,
                    calendar.endOf(period.end())).withOriginKey(key);
        })).filter(Objects::nonNull);
    }

    private static String title(InspectorLevel level, OrgUnit point, ReportingPeriod period) {
        return "УПП мен паспортты тексеру / проверка УПП и паспорта (" + level.label().ru() + "): " + point.code()
                + ", " + period;
    }
}
