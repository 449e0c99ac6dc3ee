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

/** A forensic registration of a registered person: photograph, fingerprints, audio and video taken, and when (BR-J34, US-J35, L1058-1061). */
@Entity
@Table(name = "JUVENILE_FORENSIC")
public class ForensicEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "juvenileSeq")
    @Column(name = "ID")
    private Long id;
    @Column(name = "REGISTRATION_ID", nullable = false)
    private Long registrationId;
    @Column(name = "PERSON_ID", nullable = false)
    private Long personId;
    @Column(name = "TAKEN_ON", nullable = false)
    private LocalDate takenOn;
    @Column(name = "PHOTO", nullable = false)
    private boolean photo;
    @Column(name = "FINGERPRINTS", nullable = false)
    private boolean fingerprints;
    @Column(name = "AUDIO", nullable = false)
    private boolean audio;
    @Column(name = "VIDEO", nullable = false)
    private boolean video;
    @Column(name = "NOTE")
    private String note;
    @Column(name = "OFFICER_ID")
    private Long officerId;
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
    public LocalDate getTakenOn() { return takenOn; }
    public void setTakenOn(LocalDate v) { takenOn = v; }
    public boolean isPhoto() { return photo; }
    public void setPhoto(boolean v) { photo = v; }
    public boolean isFingerprints() { return fingerprints; }
    public void setFingerprints(boolean v) { fingerprints = v; }
    public boolean isAudio() { return audio; }
    public void setAudio(boolean v) { audio = v; }
    public boolean isVideo() { return video; }
    public void setVideo(boolean v) { video = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
    public Long getOfficerId() { return officerId; }
    public void setOfficerId(Long v) { officerId = v; }
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
