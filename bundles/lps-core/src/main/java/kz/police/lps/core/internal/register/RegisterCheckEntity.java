package kz.police.lps.core.internal.register;

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

import kz.police.lps.core.api.register.CheckMethod;
import kz.police.lps.core.api.register.CheckResult;

/** A recorded check of a registration; never changed or deleted. */
@Entity
@Table(name = "LPS_REGISTER_CHECK")
public class RegisterCheckEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lpsCoreSeq")
    @Column(name = "ID")
    private Long id;

    @Column(name = "REGISTRATION_ID", nullable = false)
    private long registrationId;

    @Column(name = "CHECKED_ON", nullable = false)
    private LocalDate checkedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "CHECK_METHOD", nullable = false)
    private CheckMethod method;

    @Enumerated(EnumType.STRING)
    @Column(name = "CHECK_RESULT", nullable = false)
    private CheckResult result;

    @Column(name = "OFFICER_ID")
    private Long officerId;

    @Column(name = "NOTE")
    private String note;

    @Column(name = "CREATED_BY", nullable = false)
    private String createdBy;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    public Long getId() { return id; }
    public long getRegistrationId() { return registrationId; }
    public void setRegistrationId(long registrationId) { this.registrationId = registrationId; }
    public LocalDate getCheckedOn() { return checkedOn; }
    public void setCheckedOn(LocalDate checkedOn) { this.checkedOn = checkedOn; }
    public CheckMethod getMethod() { return method; }
    public void setMethod(CheckMethod method) { this.method = method; }
    public CheckResult getResult() { return result; }
    public void setResult(CheckResult result) { this.result = result; }
    public Long getOfficerId() { return officerId; }
    public void setOfficerId(Long officerId) { this.officerId = officerId; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
}
