package kz.police.lps.unit.district.internal.workplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A monthly work plan (ай сайынғы жұмыс жоспары / ежемесячный план работы, L430-432).
 *
 * @param approvedLate approved on or after the month's first day (BR-20 asks for it before the month's work)
 */
public record WorkPlan(Long id, Long departmentId, String month, WorkPlanStatus status, List<Item> items,
        String approvedBy, Instant approvedAt, boolean approvedLate, String createdBy, Instant createdAt,
        String updatedBy, Instant updatedAt, Long version) {

    /** @param taskId the responsible officer's task, once the plan is approved */
    public record Item(Long id, int itemNo, String text, Long officerId, LocalDate dueOn, Long taskId) {
    }
}
