package kz.police.lps.unit.district.internal.destructive;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A follower of a destructive religious movement found absent from the residence: the immediate notification and the written report within a day (BR-32, L598-604). */
@Entity
@Table(name = "DISTRICT_DM_ABSENCE")
public class AbsenceEventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "districtSeq")
    private Long id;
    @Column(name = "REGISTRATION_ID", nullable = false)
    private Long registrationId;
    @Column(name = "PERSON_ID", nullable = false)
    private Long personId;
    @Column(name = "FOUND_ABSENT_AT", nullable = false)
    private Instant foundAbsentAt;
    @Column(name = "NOTIFIED_AT", nullable = false)
    private Instant notifiedAt;
    @Column(name = "CONTROL_CENTRE_OFFICER", nullable = false)
    private String controlCentreOfficer;
    @Column(name = "DUTY_UNIT_OFFICER", nullable = false)
    private String dutyUnitOfficer;
    @Enumerated(EnumType.STRING)
    @Column(name = "CHANNEL", nullable = false)
    private NotificationChannel channel;
    @Column(name = "CHANNEL_DETAILS")
    private String channelDetails;
    @Column(name = "OFFICER_ID")
    private Long officerId;
    @Column(name = "POINT_ID", nullable = false)
    private Long pointId;
    @Column(name = "TASK_ID")
    private Long taskId;
    @Column(name = "REPORT_DUE_AT")
    private Instant reportDueAt;
    @Column(name = "REPORTED_AT")
    private Instant reportedAt;
    @Column(name = "REPORT_HEAD")
    private String reportHead;
    @Column(name = "REPORT_TEXT")
    private String reportText;
    @Column(name = "REPORTED_BY")
    private String reportedBy;
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

    public Instant getFoundAbsentAt() {
        return foundAbsentAt;
    }

    public void setFoundAbsentAt(Instant foundAbsentAt) {
        this.foundAbsentAt = foundAbsentAt;
    }

    public Instant getNotifiedAt() {
        return notifiedAt;
    }

    public void setNotifiedAt(Instant notifiedAt) {
        this.notifiedAt = notifiedAt;
    }

    public String getControlCentreOfficer() {
        return controlCentreOfficer;
    }

    public void setControlCentreOfficer(String controlCentreOfficer) {
        this.controlCentreOfficer = controlCentreOfficer;
    }

    public String getDutyUnitOfficer() {
        return dutyUnitOfficer;
    }

    public void setDutyUnitOfficer(String dutyUnitOfficer) {
        this.dutyUnitOfficer = dutyUnitOfficer;
    }

    public NotificationChannel getChannel() {
        return channel;
    }

    public void setChannel(NotificationChannel channel) {
        this.channel = channel;
    }

    public String getChannelDetails() {
        return channelDetails;
    }

    public void setChannelDetails(String channelDetails) {
        this.channelDetails = channelDetails;
    }

    public Long getOfficerId() {
        return officerId;
    }

    public void setOfficerId(Long officerId) {
        this.officerId = officerId;
    }

    public Long getPointId() {
        return pointId;
    }

    public void setPointId(Long pointId) {
        this.pointId = pointId;
    }

    public Long getTaskId() {
        return taskId;
    }

    public void setTaskId(Long taskId) {
        this.taskId = taskId;
    }

    public Instant getReportDueAt() {
        return reportDueAt;
    }

    public void setReportDueAt(Instant reportDueAt) {
        this.reportDueAt = reportDueAt;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public void setReportedAt(Instant reportedAt) {
        this.reportedAt = reportedAt;
    }

    public String getReportHead() {
        return reportHead;
    }

    public void setReportHead(String reportHead) {
        this.reportHead = reportHead;
    }

    public String getReportText() {
        return reportText;
    }

    public void setReportText(String reportText) {
        this.reportText = reportText;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public void setReportedBy(String reportedBy) {
        this.reportedBy = reportedBy;
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
