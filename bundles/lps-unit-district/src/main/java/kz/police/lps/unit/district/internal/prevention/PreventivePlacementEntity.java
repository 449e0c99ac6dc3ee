package kz.police.lps.unit.district.internal.prevention;

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

/** What the unit adds to a placement on the preventive register: the basis document and, for ground 3, the prior convictions (L648-674, BR-28). */
@Entity
@Table(name = "DISTRICT_PREVENTIVE_PLACEMENT")
public class PreventivePlacementEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "districtSeq")
    private Long id;
    @Column(name = "REGISTRATION_ID", nullable = false)
    private Long registrationId;
    @Column(name = "PERSON_ID", nullable = false)
    private Long personId;
    @Column(name = "GROUND_CODE", nullable = false)
    private String groundCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "BASIS_KIND", nullable = false)
    private BasisKind basisKind;
    @Column(name = "BASIS_NUMBER", nullable = false)
    private String basisNumber;
    @Column(name = "BASIS_ISSUED_ON", nullable = false)
    private LocalDate basisIssuedOn;
    @Column(name = "BASIS_ISSUED_BY")
    private String basisIssuedBy;
    @Column(name = "PRIOR_CONVICTIONS")
    private Integer priorConvictions;
    @Column(name = "CONVICTIONS_DOCUMENT")
    private String convictionsDocument;
    @Column(name = "DEPARTMENT_ID", nullable = false)
    private Long departmentId;
    @Column(name = "DEPARTMENT_PATH", nullable = false)
    private String departmentPath;
    @Column(name = "CREATED_BY", nullable = false)
    private String createdBy;
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;
    @Version
    @Column(name = "VERSION", nullable = false)
    private Long version;

    public Long getId() {
        return id;
    }

    public Long getRegistrationId() {
        return registrationId;
    }

    public void setRegistrationId(Long registrationId) {
        this.registrationId = registrationId;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public String getGroundCode() {
        return groundCode;
    }

    public void setGroundCode(String groundCode) {
        this.groundCode = groundCode;
    }

    public BasisKind getBasisKind() {
        return basisKind;
    }

    public void setBasisKind(BasisKind basisKind) {
        this.basisKind = basisKind;
    }

    public String getBasisNumber() {
        return basisNumber;
    }

    public void setBasisNumber(String basisNumber) {
        this.basisNumber = basisNumber;
    }

    public LocalDate getBasisIssuedOn() {
        return basisIssuedOn;
    }

    public void setBasisIssuedOn(LocalDate basisIssuedOn) {
        this.basisIssuedOn = basisIssuedOn;
    }

    public String getBasisIssuedBy() {
        return basisIssuedBy;
    }

    public void setBasisIssuedBy(String basisIssuedBy) {
        this.basisIssuedBy = basisIssuedBy;
    }

    public Integer getPriorConvictions() {
        return priorConvictions;
    }

    public void setPriorConvictions(Integer priorConvictions) {
        this.priorConvictions = priorConvictions;
    }

    public String getConvictionsDocument() {
        return convictionsDocument;
    }

    public void setConvictionsDocument(String convictionsDocument) {
        this.convictionsDocument = convictionsDocument;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public String getDepartmentPath() {
        return departmentPath;
    }

    public void setDepartmentPath(String departmentPath) {
        this.departmentPath = departmentPath;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Long getVersion() {
        return version;
    }
}
