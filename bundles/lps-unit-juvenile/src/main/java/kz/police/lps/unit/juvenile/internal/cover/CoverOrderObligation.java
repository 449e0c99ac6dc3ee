package kz.police.lps.unit.juvenile.internal.cover;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.task.NewTask;
import kz.police.lps.core.api.task.TaskSource;
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;

/**
 * BR-J06 for absences recorded in the core directly (personnel, {@code /api/v1/officers/{id}/absences}): every absence
 * of a juvenile officer not over yet, longer than 30 working days and without a cover, gives the unit's head the task
 * "cover order needed" once ({@code juvenile.cover-order:<absence id>}, the key used when recorded through the unit).
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
        return JuvenileAccess.UNIT;
    }

    @Override
    public Stream<NewTask> tasks(LocalDate today) {
        return covers.coverOrderTasks().stream();
    }
}
