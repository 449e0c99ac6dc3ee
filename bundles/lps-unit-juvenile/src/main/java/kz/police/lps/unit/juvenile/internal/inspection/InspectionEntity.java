package kz.police.lps.unit.juvenile.internal.inspection;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity
@Table(name = "JUVENILE_INSPECTION")
public class InspectionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "juvenileSeq")
    @Column(name = "ID")
    private Long id;
    @Column(name = "DEPARTMENT_ID", nullable = false)
    private long departmentId;
    @Column(name = "DEPARTMENT_PATH", nullable = false)
    private String departmentPath;
    @Column(name = "PERIOD_CODE", nullable = false)
    private String period;
    @Column(name = "INSPECTED_ON", nullable = false)
    private LocalDate inspectedOn;
    @Column(name = "INSPECTOR_NAME", nullable = false)
    private String inspectorName;
    @Column(name = "INSPECTOR_POSITION")
    private String inspectorPosition;
    @Column(name = "FINDINGS", nullable = false)
    private String findings;
    @Column(name = "PROPOSALS")
    private String proposals;
    @Column(name = "TASK_ID")
    private Long taskId;
    @Column(name = "CREATED_BY", nullable = false)
    private String createdBy;
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;
    @Version
    @Column(name = "VERSION")
    private Long version;

    public Long getId() { return id; }
    public long getDepartmentId() { return departmentId; }
    public void setDepartmentId(long v) { departmentId = v; }
    public String getDepartmentPath() { return departmentPath; }
    public void setDepartmentPath(String v) { departmentPath = v; }
    public String getPeriod() { return period; }
    public void setPeriod(String v) { period = v; }
    public LocalDate getInspectedOn() { return inspectedOn; }
    public void setInspectedOn(LocalDate v) { inspectedOn = v; }
    public String getInspectorName() { return inspectorName; }
    public void setInspectorName(String v) { inspectorName = v; }
    public String getInspectorPosition() { return inspectorPosition; }
    public void setInspectorPosition(String v) { inspectorPosition = v; }
    public String getFindings() { return findings; }
    public void setFindings(String v) { findings = v; }
    public String getProposals() { return proposals; }
    public void setProposals(String v) { proposals = v; }
    public Long getTaskId() { return taskId; }
    public void setTaskId(Long v) { taskId = v; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String v) { createdBy = v; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant v) { createdAt = v; }
    public Long getVersion() { return version; }
}
