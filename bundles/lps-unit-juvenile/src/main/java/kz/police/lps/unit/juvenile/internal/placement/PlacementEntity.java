package kz.police.lps.unit.juvenile.internal.placement;

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

/** A resolution placing a minor in the adaptation centre (domain 4.10, L1294-1317, L977-980). */
@Entity
@Table(name = "JUVENILE_PLACEMENT")
public class PlacementEntity {

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
    @Column(name = "PERSON_ID", nullable = false)
    private long personId;
    @Column(name = "DELIVERY_ID")
    private Long deliveryId;
    @Enumerated(EnumType.STRING)
    @Column(name = "CATEGORY", nullable = false)
    private CentreCategory category;
    @Column(name = "RESOLUTION_YEAR", nullable = false)
    private int resolutionYear;
    @Column(name = "RESOLUTION_SERIAL", nullable = false)
    private long resolutionSerial;
    @Column(name = "RESOLUTION_NO", nullable = false)
    private String resolutionNumber;
    @Column(name = "PLACED_AT", nullable = false)
    private Instant placedAt;
    @Column(name = "CENTRE_NAME", nullable = false)
    private String centreName;
    @Column(name = "HANDOVER_IMPOSSIBLE", nullable = false)
    private String handoverImpossibleReason;
    @Column(name = "AGE_YEARS", nullable = false)
    private int ageYears;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    private PlacementStatus status;
    @Column(name = "LEFT_ON")
    private LocalDate leftOn;
    @Column(name = "LEFT_TO")
    private String leftTo;
    @Column(name = "LEFT_NOTE")
    private String leftNote;
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
    public long getPersonId() { return personId; }
    public void setPersonId(long v) { personId = v; }
    public Long getDeliveryId() { return deliveryId; }
    public void setDeliveryId(Long v) { deliveryId = v; }
    public CentreCategory getCategory() { return category; }
    public void setCategory(CentreCategory v) { category = v; }
    public int getResolutionYear() { return resolutionYear; }
    public void setResolutionYear(int v) { resolutionYear = v; }
    public long getResolutionSerial() { return resolutionSerial; }
    public void setResolutionSerial(long v) { resolutionSerial = v; }
    public String getResolutionNumber() { return resolutionNumber; }
    public void setResolutionNumber(String v) { resolutionNumber = v; }
    public Instant getPlacedAt() { return placedAt; }
    public void setPlacedAt(Instant v) { placedAt = v; }
    public String getCentreName() { return centreName; }
    public void setCentreName(String v) { centreName = v; }
    public String getHandoverImpossibleReason() { return handoverImpossibleReason; }
    public void setHandoverImpossibleReason(String v) { handoverImpossibleReason = v; }
    public int getAgeYears() { return ageYears; }
    public void setAgeYears(int v) { ageYears = v; }
    public PlacementStatus getStatus() { return status; }
    public void setStatus(PlacementStatus v) { status = v; }
    public LocalDate getLeftOn() { return leftOn; }
    public void setLeftOn(LocalDate v) { leftOn = v; }
    public String getLeftTo() { return leftTo; }
    public void setLeftTo(String v) { leftTo = v; }
    public String getLeftNote() { return leftNote; }
    public void setLeftNote(String v) { leftNote = v; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String v) { createdBy = v; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant v) { createdAt = v; }
    public Long getVersion() { return version; }
}
