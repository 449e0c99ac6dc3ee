package kz.police.lps.unit.district.internal.publicreport;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A district inspector's report to the population of the precinct, as held (WF-5; textbook L82-86, L252-279). */
@Entity
@Table(name = "DISTRICT_PUBLIC_REPORT")
public class PublicReportEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "districtSeq")
    private Long id;
    @Column(name = "OFFICER_ID", nullable = false)
    private Long officerId;
    @Column(name = "DEPARTMENT_ID", nullable = false)
    private Long departmentId;
    @Column(name = "DEPARTMENT_PATH", nullable = false)
    private String departmentPath;
    @Column(name = "REPORT_PERIOD", nullable = false)
    private String period;
    @Column(name = "HELD_ON", nullable = false)
    private LocalDate heldOn;
    @Column(name = "VENUE", nullable = false)
    private String venue;
    @Column(name = "AUDIENCE", nullable = false)
    private Integer audience;
    @Column(name = "SECTION_PREVENTION", nullable = false)
    private String prevention;
    @Column(name = "SECTION_PUBLIC_CONTROL", nullable = false)
    private String publicControl;
    @Column(name = "SECTION_INTERACTION", nullable = false)
    private String interaction;
    @Column(name = "SECTION_LEGAL_EDUCATION", nullable = false)
    private String legalEducation;
    @Column(name = "QUESTIONS_RAISED")
    private String questionsRaised;
    @Column(name = "FOLLOW_UP")
    private String followUp;
    @Column(name = "TASK_ID")
    private Long taskId;
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

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public Integer getAudience() {
        return audience;
    }

    public void setAudience(Integer audience) {
        this.audience = audience;
    }

    public String getPrevention() {
        return prevention;
    }

    public void setPrevention(String prevention) {
        this.prevention = prevention;
    }

    public String getPublicControl() {
        return publicControl;
    }

    public void setPublicControl(String publicControl) {
        this.publicControl = publicControl;
    }

    public String getInteraction() {
        return interaction;
    }

    public void setInteraction(String interaction) {
        this.interaction = interaction;
    }

    public String getLegalEducation() {
        return legalEducation;
    }

    public void setLegalEducation(String legalEducation) {
        this.legalEducation = legalEducation;
    }

    public String getQuestionsRaised() {
        return questionsRaised;
    }

    public void setQuestionsRaised(String questionsRaised) {
        this.questionsRaised = questionsRaised;
    }

    public String getFollowUp() {
        return followUp;
    }

    public void setFollowUp(String followUp) {
        this.followUp = followUp;
    }

    public Long getTaskId() {
        return taskId;
    }

    public void setTaskId(Long taskId) {
        this.taskId = taskId;
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
