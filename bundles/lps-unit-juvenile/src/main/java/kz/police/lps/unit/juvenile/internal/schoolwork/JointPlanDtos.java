package kz.police.lps.unit.juvenile.internal.schoolwork;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The joint activity plan's request and response shapes (N-J11, BR-J13, US-J17). */
public final class JointPlanDtos {

    private JointPlanDtos() {
    }

    /** A plan as drafted by the school's inspector: school, academic quarter, items (one at least in the vacation). */
    public record NewJointPlan(Long schoolId, Integer startYear, Integer quarter, Long inspectorId, String note,
            List<NewItem> items) {
    }

    public record NewItem(PlanItemType type, String title, LocalDate plannedFrom, LocalDate plannedTo,
            String responsible) {
    }

    /** The school head's approval, recorded by the inspector: the head's name and the date signed. */
    public record SchoolApproval(String headName, LocalDate approvedOn) {
    }

    /** The police approval (deputy head of the body or the Local Police Service head, via the unit's head role). */
    public record PoliceApproval(LocalDate approvedOn) {
    }

    /** An item carried out. */
    public record ItemDone(LocalDate doneOn, String result) {
    }

    public record Item(Long id, int position, PlanItemType type, String title, LocalDate plannedFrom,
            LocalDate plannedTo, boolean inVacation, String responsible, LocalDate doneOn, String result) {
    }

    public record JointPlan(Long id, long departmentId, long schoolId, int startYear, int quarter, String quarterCode,
            LocalDate quarterStartsOn, LocalDate quarterEndsOn, long inspectorId, PlanStatus status, String note,
            String schoolApprover, LocalDate schoolApprovedOn, String policeApprover, LocalDate policeApprovedOn,
            List<Item> items, String createdBy, Instant createdAt, Long version) {
    }
}
