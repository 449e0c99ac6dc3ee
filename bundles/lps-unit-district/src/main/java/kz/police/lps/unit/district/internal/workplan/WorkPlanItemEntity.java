package kz.police.lps.unit.district.internal.workplan;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** One item of a monthly work plan: what, who is responsible, by when; a task of that officer once approved. */
@Entity
@Table(name = "DISTRICT_WORK_PLAN_ITEM")
public class WorkPlanItemEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "districtSeq")
    private Long id;
    @Column(name = "PLAN_ID", nullable = false)
    private Long planId;
    @Column(name = "ITEM_NO", nullable = false)
    private int itemNo;
    @Column(name = "ITEM_TEXT", nullable = false)
    private String text;
    @Column(name = "OFFICER_ID", nullable = false)
    private Long officerId;
    @Column(name = "DUE_ON", nullable = false)
    private LocalDate dueOn;
    @Column(name = "TASK_ID")
    private Long taskId;
    @Version
    @Column(name = "VERSION", nullable = false)
    private Long version;

    public Long getId() {
        return id;
    }

    public Long getPlanId() {
        return planId;
    }

    public void setPlanId(Long planId) {
        this.planId = planId;
    }

    public int getItemNo() {
        return itemNo;
    }

    public void setItemNo(int itemNo) {
        this.itemNo = itemNo;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getOfficerId() {
        return officerId;
    }

    public void setOfficerId(Long officerId) {
        this.officerId = officerId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public Long getTaskId() {
        return taskId;
    }

    public void setTaskId(Long taskId) {
        this.taskId = taskId;
    }

    public Long getVersion() {
        return version;
    }
}
