package kz.police.lps.unit.juvenile.internal.prevention;

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

/** An entry of a registration journal (BR-J33, L1379-1389): the core's registration it records, its number per journal, department and year, the basis document, the person's birth date (for the review at the review age) and how that review ended. */
@Entity
@Table(name = "JUVENILE_JOURNAL_ENTRY")
public class JournalEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "juvenileSeq")
    @Column(name = "ID")
    private Long id;
    @Column(name = "REGISTRATION_ID", nullable = false)
    private Long registrationId;
    @Enumerated(EnumType.STRING)
    @Column(name = "JOURNAL", nullable = false)
    private Journal journal;
    @Column(name = "JOURNAL_YEAR", nullable = false)
    private int journalYear;
    @Column(name = "JOURNAL_NO", nullable = false)
    private long journalNo;
    @Column(name = "PERSON_ID", nullable = false)
    private Long personId;
    @Column(name = "BIRTH_DATE")
    private LocalDate birthDate;
    @Column(name = "GROUND_CODE", nullable = false)
    private String groundCode;
    @Column(name = "BASIS_DOCUMENT", nullable = false)
    private String basisDocument;
    @Column(name = "BASIS_DATE")
    private LocalDate basisDate;
    @Column(name = "REGISTERED_ON", nullable = false)
    private LocalDate registeredOn;
    @Column(name = "OFFICER_ID")
    private Long officerId;
    @Column(name = "SOURCE_NOTICE_ID")
    private Long sourceNoticeId;
    @Enumerated(EnumType.STRING)
    @Column(name = "REVIEW_DECISION")
    private ReviewDecision reviewDecision;
    @Column(name = "REVIEW_NOTE")
    private String reviewNote;
    @Column(name = "REVIEWED_ON")
    private LocalDate reviewedOn;
    @Column(name = "REVIEWED_BY")
    private String reviewedBy;
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
    public Journal getJournal() { return journal; }
    public void setJournal(Journal v) { journal = v; }
    public int getJournalYear() { return journalYear; }
    public void setJournalYear(int v) { journalYear = v; }
    public long getJournalNo() { return journalNo; }
    public void setJournalNo(long v) { journalNo = v; }
    public Long getPersonId() { return personId; }
    public void setPersonId(Long v) { personId = v; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate v) { birthDate = v; }
    public String getGroundCode() { return groundCode; }
    public void setGroundCode(String v) { groundCode = v; }
    public String getBasisDocument() { return basisDocument; }
    public void setBasisDocument(String v) { basisDocument = v; }
    public LocalDate getBasisDate() { return basisDate; }
    public void setBasisDate(LocalDate v) { basisDate = v; }
    public LocalDate getRegisteredOn() { return registeredOn; }
    public void setRegisteredOn(LocalDate v) { registeredOn = v; }
    public Long getOfficerId() { return officerId; }
    public void setOfficerId(Long v) { officerId = v; }
    public Long getSourceNoticeId() { return sourceNoticeId; }
    public void setSourceNoticeId(Long v) { sourceNoticeId = v; }
    public ReviewDecision getReviewDecision() { return reviewDecision; }
    public void setReviewDecision(ReviewDecision v) { reviewDecision = v; }
    public String getReviewNote() { return reviewNote; }
    public void setReviewNote(String v) { reviewNote = v; }
    public LocalDate getReviewedOn() { return reviewedOn; }
    public void setReviewedOn(LocalDate v) { reviewedOn = v; }
    public String getReviewedBy() { return reviewedBy; }
    public void setReviewedBy(String v) { reviewedBy = v; }
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
