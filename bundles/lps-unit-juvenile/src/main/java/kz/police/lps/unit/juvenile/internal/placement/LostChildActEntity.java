package kz.police.lps.unit.juvenile.internal.placement;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** The delivery act of a lost or abandoned child (domain 4.16, L1319-1334); its 3 copies: LostChildCopyEntity. */
@Entity
@Table(name = "JUVENILE_LOST_CHILD_ACT")
public class LostChildActEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "juvenileSeq")
    @Column(name = "ID")
    private Long id;
    @Column(name = "DEPARTMENT_ID", nullable = false)
    private long departmentId;
    @Column(name = "DEPARTMENT_PATH", nullable = false)
    private String departmentPath;
    @Column(name = "OFFICER_ID", nullable = false)
    private long officerId;
    @Column(name = "PERSON_ID")
    private Long personId;
    @Column(name = "CHILD_DESCRIPTION")
    private String childDescription;
    @Column(name = "FOUND_AT", nullable = false)
    private Instant foundAt;
    @Column(name = "FOUND_PLACE", nullable = false)
    private String foundPlace;
    @Column(name = "RECEIVING_ORG", nullable = false)
    private String receivingOrganisation;
    @Column(name = "PLACEMENT_ID")
    private Long placementId;
    @Column(name = "CREATED_BY", nullable = false)
    private String createdBy;
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;
    @Version
    @Column(name = "VERSION")
    private Long version;

    public Long getId() { return id; }
    public long getDepartmentId() { return departmentId; }
    public void setDepartmentId(long v) { departmentId = v; }
    public String getDepartmentPath() { return departmentPath; }
    public void setDepartmentPath(String v) { departmentPath = v; }
    public long getOfficerId() { return officerId; }
    public void setOfficerId(long v) { officerId = v; }
    public Long getPersonId() { return personId; }
    public void setPersonId(Long v) { personId = v; }
    public String getChildDescription() { return childDescription; }
    public void setChildDescription(String v) { childDescription = v; }
    public Instant getFoundAt() { return foundAt; }
    public void setFoundAt(Instant v) { foundAt = v; }
    public String getFoundPlace() { return foundPlace; }
    public void setFoundPlace(String v) { foundPlace = v; }
    public String getReceivingOrganisation() { return receivingOrganisation; }
    public void setReceivingOrganisation(String v) { receivingOrganisation = v; }
    public Long getPlacementId() { return placementId; }
    public void setPlacementId(Long v) { placementId = v; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String v) { createdBy = v; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant v) { createdAt = v; }
    public Long getVersion() { return version; }
}
