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
 * The end-of-quarter statement on offending among a school's students (N-J12).
 */
@Entity
@Table(name = "JUVENILE_QUARTER_STATEMENT")
public class QuarterStatementEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "juvenileSeq")
    @Column(name = "ID")
    private Long id;
    @Column(name = "DEPARTMENT_ID")
    private long departmentId;
    @Column(name = "DEPARTMENT_PATH")
    private String departmentPath;
    @Column(name = "SCHOOL_ID")
    private long schoolId;
    @Column(name = "START_YEAR")
    private int startYear;
    @Column(name = "QUARTER_NO")
    private int quarterNo;
    @Column(name = "INSPECTOR_ID")
    private long inspectorId;
    @Column(name = "PLAN_ID")
    private Long planId;
    @Column(name = "ISSUED_ON")
    private LocalDate issuedOn;
    @Column(name = "OFFENDING")
    private String offending;
    @Column(name = "MEASURES")
    private String measures;
    @Column(name = "PROPOSALS")
    private String proposals;
    @Column(name = "INCIDENTS")
    private int incidents;
    @Column(name = "COUNCILS")
    private int councils;
    @Column(name = "ITEMS_DONE")
    private int itemsDone;
    @Column(name = "ITEMS_TOTAL")
    private int itemsTotal;
    @Column(name = "CREATED_BY")
    private String createdBy;
    @Column(name = "CREATED_AT")
    private Instant createdAt;
    @Version
    @Column(name = "VERSION")
    private Long version;

    public Long getId() { return id; }
    public Long getVersion() { return version; }
    public long getDepartmentId() { return departmentId; }
    public void setDepartmentId(long v) { departmentId = v; }
    public String getDepartmentPath() { return departmentPath; }
    public void setDepartmentPath(String v) { departmentPath = v; }
    public long getSchoolId() { return schoolId; }
    public void setSchoolId(long v) { schoolId = v; }
    public int getStartYear() { return startYear; }
    public void setStartYear(int v) { startYear = v; }
    public int getQuarterNo() { return quarterNo; }
    public void setQuarterNo(int v) { quarterNo = v; }
    public long getInspectorId() { return inspectorId; }
    public void setInspectorId(long v) { inspectorId = v; }
    public Long getPlanId() { return planId; }
    public void setPlanId(Long v) { planId = v; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public void setIssuedOn(LocalDate v) { issuedOn = v; }
    public String getOffending() { return offending; }
    public void setOffending(String v) { offending = v; }
    public String getMeasures() { return measures; }
    public void setMeasures(String v) { measures = v; }
    public String getProposals() { return proposals; }
    public void setProposals(String v) { proposals = v; }
    public int getIncidents() { return incidents; }
    public void setIncidents(int v) { incidents = v; }
    public int getCouncils() { return councils; }
    public void setCouncils(int v) { councils = v; }
    public int getItemsDone() { return itemsDone; }
    public void setItemsDone(int v) { itemsDone = v; }
    public int getItemsTotal() { return itemsTotal; }
    public void setItemsTotal(int v) { itemsTotal = v; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String v) { createdBy = v; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant v) { createdAt = v; }
}
