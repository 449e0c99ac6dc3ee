package kz.police.lps.unit.juvenile.internal.reception;

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

@Entity
@Table(name = "JUVENILE_RECEPTION_SCHEDULE")
public class ReceptionScheduleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "juvenileSeq")
    @Column(name = "ID")
    private Long id;
    @Column(name = "OFFICER_ID", nullable = false)
    private long officerId;
    @Column(name = "DEPARTMENT_ID", nullable = false)
    private long departmentId;
    @Column(name = "DEPARTMENT_PATH", nullable = false)
    private String departmentPath;
    @Column(name = "RECEPTION_HOURS", nullable = false)
    private String hours;
    @Column(name = "PLACE")
    private String place;
    @Column(name = "VALID_FROM", nullable = false)
    private LocalDate validFrom;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    private ScheduleStatus status;
    @Column(name = "APPROVED_BY")
    private String approvedBy;
    @Column(name = "APPROVED_AT")
    private Instant approvedAt;
    @Column(name = "CREATED_BY", nullable = false)
    private String createdBy;
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;
    @Version
    @Column(name = "VERSION")
    private Long version;

    public Long getId() { return id; }
    public long getOfficerId() { return officerId; }
    public void setOfficerId(long v) { officerId = v; }
    public long getDepartmentId() { return departmentId; }
    public void setDepartmentId(long v) { departmentId = v; }
    public String getDepartmentPath() { return departmentPath; }
    public void setDepartmentPath(String v) { departmentPath = v; }
    public String getHours() { return hours; }
    public void setHours(String v) { hours = v; }
    public String getPlace() { return place; }
    public void setPlace(String v) { place = v; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate v) { validFrom = v; }
    public ScheduleStatus getStatus() { return status; }
    public void setStatus(ScheduleStatus v) { status = v; }
    public String getApprovedBy() { return approvedBy; }
    public void setApprovedBy(String v) { approvedBy = v; }
    public Instant getApprovedAt() { return approvedAt; }
    public void setApprovedAt(Instant v) { approvedAt = v; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String v) { createdBy = v; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant v) { createdAt = v; }
    public Long getVersion() { return version; }
}
