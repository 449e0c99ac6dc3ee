package kz.police.lps.unit.juvenile.internal.parents;

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

/** A restriction or temporary prohibition on a person's access to or presence in a dwelling or area where it threatens a child's life or health (US-J39, L1053-1056). */
@Entity
@Table(name = "JUVENILE_RESTRICTION")
public class RestrictionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "juvenileSeq")
    @Column(name = "ID")
    private Long id;
    @Column(name = "PERSON_ID", nullable = false)
    private Long personId;
    @Column(name = "CHILD_PERSON_ID")
    private Long childPersonId;
    @Enumerated(EnumType.STRING)
    @Column(name = "RESTRICTION_KIND", nullable = false)
    private RestrictionKind kind;
    @Column(name = "PLACE", nullable = false)
    private String place;
    @Column(name = "BASIS", nullable = false)
    private String basis;
    @Column(name = "ISSUED_ON", nullable = false)
    private LocalDate issuedOn;
    @Column(name = "VALID_UNTIL")
    private LocalDate validUntil;
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
    public Long getPersonId() { return personId; }
    public void setPersonId(Long v) { personId = v; }
    public Long getChildPersonId() { return childPersonId; }
    public void setChildPersonId(Long v) { childPersonId = v; }
    public RestrictionKind getKind() { return kind; }
    public void setKind(RestrictionKind v) { kind = v; }
    public String getPlace() { return place; }
    public void setPlace(String v) { place = v; }
    public String getBasis() { return basis; }
    public void setBasis(String v) { basis = v; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public void setIssuedOn(LocalDate v) { issuedOn = v; }
    public LocalDate getValidUntil() { return validUntil; }
    public void setValidUntil(LocalDate v) { validUntil = v; }
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
