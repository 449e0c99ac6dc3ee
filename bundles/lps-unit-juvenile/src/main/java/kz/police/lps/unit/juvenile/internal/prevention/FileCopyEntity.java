package kz.police.lps.unit.juvenile.internal.prevention;

import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** Copies sent from a minor's accumulation (preventive, control) file on an investigator's request (US-J42, L1447-1449). */
@Entity
@Table(name = "JUVENILE_FILE_COPY")
public class FileCopyEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "juvenileSeq")
    @Column(name = "ID")
    private Long id;
    @Column(name = "REGISTRATION_ID", nullable = false)
    private Long registrationId;
    @Column(name = "PERSON_ID", nullable = false)
    private Long personId;
    @Column(name = "REQUESTED_BY", nullable = false)
    private String requestedBy;
    @Column(name = "REQUEST_REF")
    private String requestRef;
    @Column(name = "REQUESTED_ON", nullable = false)
    private LocalDate requestedOn;
    @Column(name = "SENT_ON", nullable = false)
    private LocalDate sentOn;
    @Column(name = "DOCUMENTS", nullable = false)
    private String documents;
    @Column(name = "NOTICE_ID")
    private Long noticeId;
    @Column(name = "DEPARTMENT_ID", nullable = false)
    private Long departmentId;
    @Column(name = "DEPARTMENT_PATH", nullable = false)
    private String departmentPath;
    @Column(name = "CREATED_BY", nullable = false)
    private String createdBy;
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;
    @Version
    @Column(name = "VERSION")
    private Long version;

    public Long getId() { return id; }
    public Long getRegistrationId() { return registrationId; }
    public void setRegistrationId(Long v) { registrationId = v; }
    public Long getPersonId() { return personId; }
    public void setPersonId(Long v) { personId = v; }
    public String getRequestedBy() { return requestedBy; }
    public void setRequestedBy(String v) { requestedBy = v; }
    public String getRequestRef() { return requestRef; }
    public void setRequestRef(String v) { requestRef = v; }
    public LocalDate getRequestedOn() { return requestedOn; }
    public void setRequestedOn(LocalDate v) { requestedOn = v; }
    public LocalDate getSentOn() { return sentOn; }
    public void setSentOn(LocalDate v) { sentOn = v; }
    public String getDocuments() { return documents; }
    public void setDocuments(String v) { documents = v; }
    public Long getNoticeId() { return noticeId; }
    public void setNoticeId(Long v) { noticeId = v; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long v) { departmentId = v; }
    public String getDepartmentPath() { return departmentPath; }
    public void setDepartmentPath(String v) { departmentPath = v; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String v) { createdBy = v; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant v) { createdAt = v; }
    public Long getVersion() { return version; }
}
