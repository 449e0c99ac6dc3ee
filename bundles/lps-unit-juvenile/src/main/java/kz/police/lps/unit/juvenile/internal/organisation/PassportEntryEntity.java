package kz.police.lps.unit.juvenile.internal.organisation;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** An entry in a precinct's juvenile passport (Order 1098 form, L804-807): here, the record of a handover. */
@Entity
@Table(name = "JUVENILE_PASSPORT_ENTRY")
public class PassportEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "juvenileSeq")
    @Column(name = "ID")
    Long id;
    @Column(name = "PRECINCT_ID", nullable = false)
    long precinctId;
    @Column(name = "ENTRY_KIND", nullable = false)
    String entryKind;
    @Column(name = "ENTRY_DATE", nullable = false)
    LocalDate entryDate;
    @Column(name = "ENTRY_TEXT", nullable = false)
    String entryText;
    @Column(name = "HANDOVER_ID")
    Long handoverId;
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
}
