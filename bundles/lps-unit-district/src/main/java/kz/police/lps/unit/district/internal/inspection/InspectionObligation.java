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
import kz.police.lps.core.api.org.OrgUnit;
import kz.police.lps.core.api.task.NewTask;
import kz.police.lps.core.api.task.TaskSource;
import kz.police.lps.unit.district.internal.DistrictAccess;

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

    @Activate
    public InspectionObligation(@Reference InspectorsBook book, @Reference WorkingCalendar calendar) {
        this.book = book;
        this.calendar = calendar;
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
        // the longest period is a half-year: a year back holds every current period's entries
        Set<String> inspected = book.inspectedSince(today.minusYears(1));
        return book.districtPoints().flatMap(point -> Arrays.stream(InspectorLevel.values()).map(level -> {
            ReportingPeriod period = book.periodOf(level, point.id(), today);
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
