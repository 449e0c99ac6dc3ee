package kz.police.lps.unit.district.internal.cover;

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

import kz.police.lps.core.api.org.AbsenceKind;

/**
 * A cover order (бұйрық): while an inspector is away, the inspector of an adjacent precinct serves the precinct
 * (textbook L369-374). The absence with its cover is registered in the core too ({@code coverAbsenceId}), which
 * re-routes the absent officer's open tasks to the cover.
 */
@Entity
@Table(name = "DISTRICT_COVER_ORDER")
public class CoverOrderEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "districtSeq")
    private Long id;
    @Column(name = "OFFICER_ID", nullable = false)
    private Long officerId;
    @Column(name = "ABSENCE_ID")
    private Long absenceId;
    @Column(name = "COVER_ABSENCE_ID")
    private Long coverAbsenceId;
    @Enumerated(EnumType.STRING)
    @Column(name = "ABSENCE_KIND", nullable = false)
    private AbsenceKind absenceKind;
    @Column(name = "DATE_FROM", nullable = false)
    private LocalDate dateFrom;
    @Column(name = "DATE_TO", nullable = false)
    private LocalDate dateTo;
    @Column(name = "COVER_OFFICER_ID", nullable = false)
    private Long coverOfficerId;
    @Column(name = "ORDER_NO", nullable = false)
    private String orderNo;
    @Column(name = "ORDER_DATE", nullable = false)
    private LocalDate orderDate;
    @Column(name = "NOTE")
    private String note;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    private CoverStatus status;
    @Column(name = "ENDED_ON")
    private LocalDate endedOn;
    @Column(name = "ENDED_BY")
    private String endedBy;
    @Column(name = "END_REASON")
    private String endReason;
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

    public Long getOfficerId() {
        return officerId;
    }

    public void setOfficerId(Long officerId) {
        this.officerId = officerId;
    }

    public Long getAbsenceId() {
        return absenceId;
    }

    public void setAbsenceId(Long absenceId) {
        this.absenceId = absenceId;
    }

    public Long getCoverAbsenceId() {
        return coverAbsenceId;
    }

    public void setCoverAbsenceId(Long coverAbsenceId) {
        this.coverAbsenceId = coverAbsenceId;
    }

    public AbsenceKind getAbsenceKind() {
        return absenceKind;
    }

    public void setAbsenceKind(AbsenceKind absenceKind) {
        this.absenceKind = absenceKind;
    }

    public LocalDate getDateFrom() {
        return dateFrom;
    }

    public void setDateFrom(LocalDate dateFrom) {
        this.dateFrom = dateFrom;
    }

    public LocalDate getDateTo() {
        return dateTo;
    }

    public void setDateTo(LocalDate dateTo) {
        this.dateTo = dateTo;
    }

    public Long getCoverOfficerId() {
        return coverOfficerId;
    }

    public void setCoverOfficerId(Long coverOfficerId) {
        this.coverOfficerId = coverOfficerId;
    }

    public String getOrderNo() {
        return orderNo;
    }

    public void setOrderNo(String orderNo) {
        this.orderNo = orderNo;
    }

    public LocalDate getOrderDate() {
        return orderDate;
    }

    public void setOrderDate(LocalDate orderDate) {
        this.orderDate = orderDate;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public CoverStatus getStatus() {
        return status;
    }

    public void setStatus(CoverStatus status) {
        this.status = status;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public void setEndedOn(LocalDate endedOn) {
        this.endedOn = endedOn;
    }

    public String getEndedBy() {
        return endedBy;
    }

    public void setEndedBy(String endedBy) {
        this.endedBy = endedBy;
    }

    public String getEndReason() {
        return endReason;
    }

    public void setEndReason(String endReason) {
        this.endReason = endReason;
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
