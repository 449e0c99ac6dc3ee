package kz.police.lps.unit.district.internal.cover;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.task.NewTask;
import kz.police.lps.core.api.task.TaskSource;
import kz.police.lps.unit.district.internal.DistrictAccess;

/**
 * BR-14 for absences recorded in the core directly (e.g. by personnel through {@code /api/v1/officers/{id}/absences}):
 * every absence of a district inspector not over yet, longer than the threshold and without a cover, gives the head
 * of the unit the task "cover order needed", once ({@code district.cover-order:<absence id>}, the same key as when the
 * absence is recorded through the unit).
 */
@Component(service = TaskSource.class)
public class CoverOrderObligation implements TaskSource {

    private final CoverOrders covers;

    @Activate
    public CoverOrderObligation(@Reference CoverOrders covers) {
        this.covers = covers;
    }

    @Override
    public String id() {
        return CoverOrders.TASK_KIND;
    }

    @Override
    public String unitId() {
        return DistrictAccess.UNIT;
    }

    @Override
    public Stream<NewTask> tasks(LocalDate today) {
        return covers.coverOrderTasks(today);
    }
}
