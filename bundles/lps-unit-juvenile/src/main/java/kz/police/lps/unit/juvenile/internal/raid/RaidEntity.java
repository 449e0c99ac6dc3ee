package kz.police.lps.unit.juvenile.internal.raid;

import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A joint operational-preventive activity ("joint raid") with other units (WF-J15, L1437-1439, L1513-1515). */
@Entity
@Table(name = "JUVENILE_RAID")
public class RaidEntity {

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
    @Column(name = "HELD_ON", nullable = false)
    private LocalDate heldOn;
    @Column(name = "PLACE", nullable = false)
    private String place;
    @Column(name = "UNITS", nullable = false)
    private String units;
    @Column(name = "OTHER_UNITS")
    private String otherUnits;
    @Column(name = "MINORS_ENCOUNTERED", nullable = false)
    private int minorsEncountered;
    @Column(name = "RESULTS")
    private String results;
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
    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate v) { heldOn = v; }
    public String getPlace() { return place; }
    public void setPlace(String v) { place = v; }
    public String getUnits() { return units; }
    public void setUnits(String v) { units = v; }
    public String getOtherUnits() { return otherUnits; }
    public void setOtherUnits(String v) { otherUnits = v; }
    public int getMinorsEncountered() { return minorsEncountered; }
    public void setMinorsEncountered(int v) { minorsEncountered = v; }
    public String getResults() { return results; }
    public void setResults(String v) { results = v; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String v) { createdBy = v; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant v) { createdAt = v; }
    public Long getVersion() { return version; }
}
