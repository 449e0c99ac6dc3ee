package kz.police.lps.unit.juvenile.internal.schoolwork;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * An item of a joint activity plan.
 */
@Entity
@Table(name = "JUVENILE_JOINT_PLAN_ITEM")
public class JointPlanItemEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "juvenileSeq")
    @Column(name = "ID")
    private Long id;
    @Column(name = "PLAN_ID")
    private long planId;
    @Column(name = "POSITION_NO")
    private int positionNo;
    @Enumerated(EnumType.STRING)
    @Column(name = "ITEM_TYPE")
    private PlanItemType itemType;
    @Column(name = "TITLE")
    private String title;
    @Column(name = "PLANNED_FROM")
    private LocalDate plannedFrom;
    @Column(name = "PLANNED_TO")
    private LocalDate plannedTo;
    @Column(name = "IN_VACATION")
    private boolean inVacation;
    @Column(name = "RESPONSIBLE")
    private String responsible;
    @Column(name = "DONE_ON")
    private LocalDate doneOn;
    @Column(name = "RESULT")
    private String result;
    @Version
    @Column(name = "VERSION")
    private Long version;

    public Long getId() { return id; }
    public Long getVersion() { return version; }
    public long getPlanId() { return planId; }
    public void setPlanId(long v) { planId = v; }
    public int getPositionNo() { return positionNo; }
    public void setPositionNo(int v) { positionNo = v; }
    public PlanItemType getItemType() { return itemType; }
    public void setItemType(PlanItemType v) { itemType = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public LocalDate getPlannedFrom() { return plannedFrom; }
    public void setPlannedFrom(LocalDate v) { plannedFrom = v; }
    public LocalDate getPlannedTo() { return plannedTo; }
    public void setPlannedTo(LocalDate v) { plannedTo = v; }
    public boolean isInVacation() { return inVacation; }
    public void setInVacation(boolean v) { inVacation = v; }
    public String getResponsible() { return responsible; }
    public void setResponsible(String v) { responsible = v; }
    public LocalDate getDoneOn() { return doneOn; }
    public void setDoneOn(LocalDate v) { doneOn = v; }
    public String getResult() { return result; }
    public void setResult(String v) { result = v; }
}
