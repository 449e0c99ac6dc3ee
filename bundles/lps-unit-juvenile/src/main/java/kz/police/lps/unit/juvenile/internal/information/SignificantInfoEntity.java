package kz.police.lps.unit.juvenile.internal.information;

import java.time.Instant;

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
@Table(name = "JUVENILE_SIGNIFICANT_INFO")
public class SignificantInfoEntity {

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
    @Column(name = "REPORTED_AT", nullable = false)
    private Instant reportedAt;
    @Column(name = "PERSON_ID")
    private Long personId;
    @Column(name = "SUBJECT", nullable = false)
    private String subject;
    @Column(name = "FACTS", nullable = false)
    private String facts;
    @Column(name = "RECIPIENT", nullable = false)
    private String recipient;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    private InfoStatus status;
    @Column(name = "SIGNED_BY")
    private String signedBy;
    @Column(name = "SIGNED_AT")
    private Instant signedAt;
    @Column(name = "CHECK_RESULT")
    private String checkResult;
    @Column(name = "CHECKED_AT")
    private Instant checkedAt;
    @Column(name = "FILE_KEY")
    private String fileKey;
    @Column(name = "FILED_AT")
    private Instant filedAt;
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
    public long getOfficerId() { return officerId; }
    public void setOfficerId(long v) { officerId = v; }
    public long getDepartmentId() { return departmentId; }
    public void setDepartmentId(long v) { departmentId = v; }
    public String getDepartmentPath() { return departmentPath; }
    public void setDepartmentPath(String v) { departmentPath = v; }
    public Instant getReportedAt() { return reportedAt; }
    public void setReportedAt(Instant v) { reportedAt = v; }
    public Long getPersonId() { return personId; }
    public void setPersonId(Long v) { personId = v; }
    public String getSubject() { return subject; }
    public void setSubject(String v) { subject = v; }
    public String getFacts() { return facts; }
    public void setFacts(String v) { facts = v; }
    public String getRecipient() { return recipient; }
    public void setRecipient(String v) { recipient = v; }
    public InfoStatus getStatus() { return status; }
    public void setStatus(InfoStatus v) { status = v; }
    public String getSignedBy() { return signedBy; }
    public void setSignedBy(String v) { signedBy = v; }
    public Instant getSignedAt() { return signedAt; }
    public void setSignedAt(Instant v) { signedAt = v; }
    public String getCheckResult() { return checkResult; }
    public void setCheckResult(String v) { checkResult = v; }
    public Instant getCheckedAt() { return checkedAt; }
    public void setCheckedAt(Instant v) { checkedAt = v; }
    public String getFileKey() { return fileKey; }
    public void setFileKey(String v) { fileKey = v; }
    public Instant getFiledAt() { return filedAt; }
    public void setFiledAt(Instant v) { filedAt = v; }
    public Long getTaskId() { return taskId; }
    public void setTaskId(Long v) { taskId = v; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String v) { createdBy = v; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant v) { createdAt = v; }
    public Long getVersion() { return version; }
}
