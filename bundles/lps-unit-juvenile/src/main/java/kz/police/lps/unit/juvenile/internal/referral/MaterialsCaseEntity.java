package kz.police.lps.unit.juvenile.internal.referral;

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

/** Materials for the court or the Commission (domain 4.13): a minor's referral to a special educational organisation (WF-J13, BR-J44, L1201-1206) or a parental-rights case through the Commission (WF-J12, BR-J45, L1208-1214). */
@Entity
@Table(name = "JUVENILE_MATERIALS_CASE")
public class MaterialsCaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "juvenileSeq")
    @Column(name = "ID")
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(name = "CASE_KIND", nullable = false)
    private MaterialsKind kind;
    @Column(name = "MINOR_PERSON_ID", nullable = false)
    private Long minorPersonId;
    @Column(name = "PARENT_PERSON_ID")
    private Long parentPersonId;
    @Enumerated(EnumType.STRING)
    @Column(name = "GROUND", nullable = false)
    private MaterialsGround ground;
    @Enumerated(EnumType.STRING)
    @Column(name = "ADDRESSEE", nullable = false)
    private Addressee addressee;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    private MaterialsStatus status;
    @Column(name = "EVIDENCE")
    private String evidence;
    @Column(name = "PREPARED_ON", nullable = false)
    private LocalDate preparedOn;
    @Column(name = "SENT_ON")
    private LocalDate sentOn;
    @Column(name = "CLAIM_FILED_ON")
    private LocalDate claimFiledOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "DECISION")
    private CaseDecision decision;
    @Column(name = "DECIDED_ON")
    private LocalDate decidedOn;
    @Column(name = "DECISION_NOTE")
    private String decisionNote;
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
    public MaterialsKind getKind() { return kind; }
    public void setKind(MaterialsKind v) { kind = v; }
    public Long getMinorPersonId() { return minorPersonId; }
    public void setMinorPersonId(Long v) { minorPersonId = v; }
    public Long getParentPersonId() { return parentPersonId; }
    public void setParentPersonId(Long v) { parentPersonId = v; }
    public MaterialsGround getGround() { return ground; }
    public void setGround(MaterialsGround v) { ground = v; }
    public Addressee getAddressee() { return addressee; }
    public void setAddressee(Addressee v) { addressee = v; }
    public MaterialsStatus getStatus() { return status; }
    public void setStatus(MaterialsStatus v) { status = v; }
    public String getEvidence() { return evidence; }
    public void setEvidence(String v) { evidence = v; }
    public LocalDate getPreparedOn() { return preparedOn; }
    public void setPreparedOn(LocalDate v) { preparedOn = v; }
    public LocalDate getSentOn() { return sentOn; }
    public void setSentOn(LocalDate v) { sentOn = v; }
    public LocalDate getClaimFiledOn() { return claimFiledOn; }
    public void setClaimFiledOn(LocalDate v) { claimFiledOn = v; }
    public CaseDecision getDecision() { return decision; }
    public void setDecision(CaseDecision v) { decision = v; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public void setDecidedOn(LocalDate v) { decidedOn = v; }
    public String getDecisionNote() { return decisionNote; }
    public void setDecisionNote(String v) { decisionNote = v; }
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
