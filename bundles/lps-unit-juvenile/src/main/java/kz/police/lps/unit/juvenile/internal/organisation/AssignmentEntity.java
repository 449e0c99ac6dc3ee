package kz.police.lps.unit.juvenile.internal.organisation;

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

/** A juvenile inspector's assignment by the head's order (domain §4.3); fields read in this package only. */
@Entity
@Table(name = "JUVENILE_ASSIGNMENT")
public class AssignmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "juvenileSeq")
    @Column(name = "ID")
    Long id;
    @Column(name = "OFFICER_ID", nullable = false)
    long officerId;
    @Enumerated(EnumType.STRING)
    @Column(name = "ASSIGNMENT_TYPE", nullable = false)
    AssignmentType type;
    @Column(name = "PRECINCT_ID")
    Long precinctId;
    @Column(name = "SCHOOL_ID")
    Long schoolId;
    @Column(name = "ORDER_NO", nullable = false)
    String orderNo;
    @Column(name = "ORDER_DATE", nullable = false)
    LocalDate orderDate;
    @Column(name = "ISSUED_BY", nullable = false)
    String issuedBy;
    @Column(name = "OFFICE_LOCATION")
    String officeLocation;
    @Column(name = "STARTED_ON", nullable = false)
    LocalDate startedOn;
    @Column(name = "ACTIVE", nullable = false)
    boolean active;
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
    void close(LocalDate on, String by, String reason) {
        active = false;
        endedOn = on;
        endedBy = by;
        endReason = reason;
    }
}
