package kz.police.lps.unit.juvenile.internal.cover;

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

/** A cover order of the head (WF-J3, N-J4, L877-881); fields read in this package only. */
@Entity
@Table(name = "JUVENILE_COVER_ORDER")
public class CoverOrderEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "juvenileSeq")
    @Column(name = "ID")
    Long id;
    @Column(name = "OFFICER_ID", nullable = false)
    long officerId;
    @Column(name = "ABSENCE_ID")
    Long absenceId;
    @Column(name = "COVER_ABSENCE_ID", nullable = false)
    long coverAbsenceId;
    @Enumerated(EnumType.STRING)
    @Column(name = "ABSENCE_KIND", nullable = false)
    AbsenceKind absenceKind;
    @Column(name = "DATE_FROM", nullable = false)
    LocalDate dateFrom;
    @Column(name = "DATE_TO", nullable = false)
    LocalDate dateTo;
    @Column(name = "COVER_OFFICER_ID", nullable = false)
    long coverOfficerId;
    @Column(name = "ORDER_NO", nullable = false)
    String orderNo;
    @Column(name = "ORDER_DATE", nullable = false)
    LocalDate orderDate;
    @Column(name = "NOTE")
    String note;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    CoverStatus status;
    @Column(name = "ENDED_ON")
    LocalDate endedOn;
    @Column(name = "ENDED_BY")
    String endedBy;
    @Column(name = "END_REASON")
    String endReason;
    @Column(name = "DEPARTMENT_ID", nullable = false)
    long departmentId;
    @Column(name = "DEPARTMENT_PATH", nullable = false)
    String departmentPath;
    @Column(name = "CREATED_BY", nullable = false)
    String createdBy;
    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;
    @Version
    @Column(name = "VERSION")
    Long version;

    // changes to a managed row go through the entity's own methods: weaving tracks writes made inside the class
    void end(LocalDate on, String by, String reason) {
        status = CoverStatus.ENDED;
        endedOn = on;
        endedBy = by;
        endReason = reason;
    }
}
