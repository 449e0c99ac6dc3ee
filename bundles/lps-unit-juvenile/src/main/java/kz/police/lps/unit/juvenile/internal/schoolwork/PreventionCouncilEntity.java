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
 * A school prevention council meeting initiated on a student's criminal offence (BR-J16).
 */
@Entity
@Table(name = "JUVENILE_PREVENTION_COUNCIL")
public class PreventionCouncilEntity {

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
    private Integer startYear;
    @Column(name = "QUARTER_NO")
    private Integer quarterNo;
    @Column(name = "INCIDENT_ID")
    private long incidentId;
    @Column(name = "INSPECTOR_ID")
    private long inspectorId;
    @Column(name = "INITIATED_AT")
    private Instant initiatedAt;
    @Column(name = "TASK_ID")
    private Long taskId;
    @Column(name = "DUE_AT")
    private Instant dueAt;
    @Column(name = "HELD_ON")
    private LocalDate heldOn;
    @Column(name = "MEASURES")
    private String measures;
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
    public Integer getStartYear() { return startYear; }
    public void setStartYear(Integer v) { startYear = v; }
    public Integer getQuarterNo() { return quarterNo; }
    public void setQuarterNo(Integer v) { quarterNo = v; }
    public long getIncidentId() { return incidentId; }
    public void setIncidentId(long v) { incidentId = v; }
    public long getInspectorId() { return inspectorId; }
    public void setInspectorId(long v) { inspectorId = v; }
    public Instant getInitiatedAt() { return initiatedAt; }
    public void setInitiatedAt(Instant v) { initiatedAt = v; }
    public Long getTaskId() { return taskId; }
    public void setTaskId(Long v) { taskId = v; }
    public Instant getDueAt() { return dueAt; }
    public void setDueAt(Instant v) { dueAt = v; }
    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate v) { heldOn = v; }
    public String getMeasures() { return measures; }
    public void setMeasures(String v) { measures = v; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String v) { createdBy = v; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant v) { createdAt = v; }
}
