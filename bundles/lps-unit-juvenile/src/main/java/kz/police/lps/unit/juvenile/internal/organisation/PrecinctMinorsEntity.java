package kz.police.lps.unit.juvenile.internal.organisation;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** The juvenile view of a core precinct: the minors living in it, as recorded by the head (N-J3, L874-875). */
@Entity
@Table(name = "JUVENILE_PRECINCT")
public class PrecinctMinorsEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "juvenileSeq")
    @Column(name = "ID")
    Long id;
    @Column(name = "PRECINCT_ID", nullable = false, unique = true)
    long precinctId;
    @Column(name = "RESIDENT_MINORS", nullable = false)
    int residentMinors;
    @Column(name = "DEPARTMENT_ID", nullable = false)
    long departmentId;
    @Column(name = "DEPARTMENT_PATH", nullable = false)
    String departmentPath;
    @Column(name = "UPDATED_BY", nullable = false)
    String updatedBy;
    @Column(name = "UPDATED_AT", nullable = false)
    Instant updatedAt;
    @Version
    @Column(name = "VERSION")
    Long version;

    // changes to a managed row go through the entity's own methods: weaving tracks writes made inside the class
    void record(int minors, String by, Instant at) {
        residentMinors = minors;
        updatedBy = by;
        updatedAt = at;
    }
}
