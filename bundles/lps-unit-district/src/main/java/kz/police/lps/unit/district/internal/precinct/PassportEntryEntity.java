package kz.police.lps.unit.district.internal.precinct;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * One version of one section of a precinct passport (әкімшілік учаскенің паспорты, L613-616). Rows are never changed:
 * an update writes the next version, so the history stays readable; a handover writes an entry of its own (L348-349).
 */
@Entity
@Table(name = "DISTRICT_PASSPORT_ENTRY")
public class PassportEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "districtSeq")
    @Column(name = "ID")
    private Long id;
    @Column(name = "PRECINCT_ID", nullable = false)
    private Long precinctId;
    @Column(name = "DEPARTMENT_ID", nullable = false)
    private Long departmentId;
    @Column(name = "DEPARTMENT_PATH", nullable = false)
    private String departmentPath;
    @Enumerated(EnumType.STRING)
    @Column(name = "PASSPORT_SECTION", nullable = false)
    private PassportSection section;
    @Column(name = "SECTION_VERSION", nullable = false)
    private Integer sectionVersion;
    @Column(name = "CONTENT", nullable = false)
    private String content;
    @Column(name = "HANDOVER_ID")
    private Long handoverId;
    @Column(name = "OFFICER_ID")
    private Long officerId;
    @Column(name = "CREATED_BY", nullable = false)
    private String createdBy;
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    public Long getId() {
        return id;
    }

    public Long getPrecinctId() {
        return precinctId;
    }

    public void setPrecinctId(Long precinctId) {
        this.precinctId = precinctId;
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

    public PassportSection getSection() {
        return section;
    }

    public void setSection(PassportSection section) {
        this.section = section;
    }

    public Integer getSectionVersion() {
        return sectionVersion;
    }

    public void setSectionVersion(Integer sectionVersion) {
        this.sectionVersion = sectionVersion;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public Long getHandoverId() {
        return handoverId;
    }

    public void setHandoverId(Long handoverId) {
        this.handoverId = handoverId;
    }

    public Long getOfficerId() {
        return officerId;
    }

    public void setOfficerId(Long officerId) {
        this.officerId = officerId;
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
}
