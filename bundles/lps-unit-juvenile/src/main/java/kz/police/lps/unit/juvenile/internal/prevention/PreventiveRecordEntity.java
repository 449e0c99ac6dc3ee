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

/** An entry of a registered person's individual preventive work (conversation, home visit; US-J22, L1149-1151) or a housing and living-conditions inspection act (US-J36, L1194-1199, L1250-1251). */
@Entity
@Table(name = "JUVENILE_PREVENTIVE_RECORD")
public class PreventiveRecordEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "juvenileSeq")
    @Column(name = "ID")
    private Long id;
    @Column(name = "REGISTRATION_ID", nullable = false)
    private Long registrationId;
    @Column(name = "PERSON_ID", nullable = false)
    private Long personId;
    @Enumerated(EnumType.STRING)
    @Column(name = "RECORD_KIND", nullable = false)
    private RecordKind kind;
    @Column(name = "RECORD_DATE", nullable = false)
    private LocalDate recordDate;
    @Column(name = "ADDRESS")
    private String address;
    @Column(name = "PARTICIPANTS")
    private String participants;
    @Column(name = "FINDINGS")
    private String findings;
    @Column(name = "RECOMMENDATIONS")
    private String recommendations;
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
    public RecordKind getKind() { return kind; }
    public void setKind(RecordKind v) { kind = v; }
    public LocalDate getRecordDate() { return recordDate; }
    public void setRecordDate(LocalDate v) { recordDate = v; }
    public String getAddress() { return address; }
    public void setAddress(String v) { address = v; }
    public String getParticipants() { return participants; }
    public void setParticipants(String v) { participants = v; }
    public String getFindings() { return findings; }
    public void setFindings(String v) { findings = v; }
    public String getRecommendations() { return recommendations; }
    public void setRecommendations(String v) { recommendations = v; }
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
