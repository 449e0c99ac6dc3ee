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
 * An entry of a control file section kept by hand.
 */
@Entity
@Table(name = "JUVENILE_CONTROL_FILE_ENTRY")
public class ControlFileEntryEntity {

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
    @Column(name = "FILE_ID")
    private long fileId;
    @Enumerated(EnumType.STRING)
    @Column(name = "SECTION")
    private ControlFileSection section;
    @Column(name = "LAST_NAME")
    private String lastName;
    @Column(name = "FIRST_NAME")
    private String firstName;
    @Column(name = "PATRONYMIC")
    private String patronymic;
    @Column(name = "CLASS_NAME")
    private String className;
    @Column(name = "POSITION_TITLE")
    private String position;
    @Column(name = "HOME_ADDRESS")
    private String homeAddress;
    @Column(name = "CONTACT_PHONE")
    private String contactPhone;
    @Column(name = "PARENTS")
    private String parents;
    @Column(name = "PERSON_ID")
    private Long personId;
    @Column(name = "TITLE")
    private String title;
    @Column(name = "CONTENT")
    private String content;
    @Column(name = "ENTRY_DATE")
    private LocalDate entryDate;
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
    public long getFileId() { return fileId; }
    public void setFileId(long v) { fileId = v; }
    public ControlFileSection getSection() { return section; }
    public void setSection(ControlFileSection v) { section = v; }
    public String getLastName() { return lastName; }
    public void setLastName(String v) { lastName = v; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String v) { firstName = v; }
    public String getPatronymic() { return patronymic; }
    public void setPatronymic(String v) { patronymic = v; }
    public String getClassName() { return className; }
    public void setClassName(String v) { className = v; }
    public String getPosition() { return position; }
    public void setPosition(String v) { position = v; }
    public String getHomeAddress() { return homeAddress; }
    public void setHomeAddress(String v) { homeAddress = v; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String v) { contactPhone = v; }
    public String getParents() { return parents; }
    public void setParents(String v) { parents = v; }
    public Long getPersonId() { return personId; }
    public void setPersonId(Long v) { personId = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getContent() { return content; }
    public void setContent(String v) { content = v; }
    public LocalDate getEntryDate() { return entryDate; }
    public void setEntryDate(LocalDate v) { entryDate = v; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String v) { createdBy = v; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant v) { createdAt = v; }
}
