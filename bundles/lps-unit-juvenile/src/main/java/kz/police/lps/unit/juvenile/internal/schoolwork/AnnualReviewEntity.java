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
 * The annual review of the joint school work of a department (N-J13).
 */
@Entity
@Table(name = "JUVENILE_ANNUAL_REVIEW")
public class AnnualReviewEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "juvenileSeq")
    @Column(name = "ID")
    private Long id;
    @Column(name = "DEPARTMENT_ID")
    private long departmentId;
    @Column(name = "DEPARTMENT_PATH")
    private String departmentPath;
    @Column(name = "START_YEAR")
    private int startYear;
    @Column(name = "REVIEWED_ON")
    private LocalDate reviewedOn;
    @Column(name = "PARTICIPANTS")
    private String participants;
    @Column(name = "RESULTS")
    private String results;
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
    public int getStartYear() { return startYear; }
    public void setStartYear(int v) { startYear = v; }
    public LocalDate getReviewedOn() { return reviewedOn; }
    public void setReviewedOn(LocalDate v) { reviewedOn = v; }
    public String getParticipants() { return participants; }
    public void setParticipants(String v) { participants = v; }
    public String getResults() { return results; }
    public void setResults(String v) { results = v; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String v) { createdBy = v; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant v) { createdAt = v; }
}
