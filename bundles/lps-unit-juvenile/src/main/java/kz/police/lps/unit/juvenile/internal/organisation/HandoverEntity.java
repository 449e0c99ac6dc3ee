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

/** A precinct handed over to a new juvenile inspector before the ЖПҚ head or deputy (domain §4.2, L801-807). */
@Entity
@Table(name = "JUVENILE_HANDOVER")
public class HandoverEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "juvenileSeq")
    @Column(name = "ID")
    Long id;
    @Column(name = "PRECINCT_ID", nullable = false)
    long precinctId;
    @Column(name = "INCOMING_OFFICER_ID", nullable = false)
    long incomingOfficerId;
    @Column(name = "OUTGOING_OFFICER_ID")
    Long outgoingOfficerId;
    @Column(name = "WITNESS_NAME", nullable = false)
    String witnessName;
    @Enumerated(EnumType.STRING)
    @Column(name = "WITNESS_ROLE", nullable = false)
    WitnessRole witnessRole;
    @Column(name = "HANDED_ON", nullable = false)
    LocalDate handedOn;
    @Column(name = "NOTES")
    String notes;
    @Column(name = "ASSIGNMENT_ID", nullable = false)
    long assignmentId;
    @Column(name = "PASSPORT_ENTRY_ID")
    Long passportEntryId;
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
    void linkPassport(Long entryId) {
        passportEntryId = entryId;
    }
}
