package kz.police.lps.unit.district.internal.workplan;

import java.time.LocalDate;
import java.util.List;

/**
 * A monthly work plan to draft (or the new items of a draft).
 *
 * @param departmentId the district police point or the district inspectors' unit the plan is for
 * @param month        the month ({@code 2026-12}); its kind is the norm's ({@code district.work-plan.periodicity})
 * @param items        what is to be done
 */
public record NewWorkPlan(Long departmentId, String month, List<Item> items) {

    /**
     * @param text      what is to be done
     * @param officerId the responsible district officer (serving in the plan's department or under it)
     * @param dueOn     by when, within the month
     */
    public record Item(String text, Long officerId, LocalDate dueOn) {
    }
}
