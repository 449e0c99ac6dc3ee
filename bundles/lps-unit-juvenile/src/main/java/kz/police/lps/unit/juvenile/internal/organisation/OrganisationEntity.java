package kz.police.lps.unit.juvenile.internal.organisation;

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

/** A juvenile affairs unit's organisation (domain §4.4): head post, senior inspector, premises (L886-897). */
@Entity
@Table(name = "JUVENILE_ORGANISATION")
public class OrganisationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "juvenileSeq")
    @Column(name = "ID")
    Long id;
    @Column(name = "UNIT_NODE_ID", nullable = false, unique = true)
    long unitNodeId;
    @Column(name = "HEAD_POST", nullable = false)
    boolean headPost;
    @Column(name = "HEAD_OFFICER_ID")
    Long headOfficerId;
    @Column(name = "SENIOR_OFFICER_ID")
    Long seniorOfficerId;
    @Column(name = "PREMISES_ADDRESS")
    String premisesAddress;
    @Column(name = "PREMISES_PHONE", nullable = false)
    boolean premisesPhone;
    @Column(name = "PREMISES_RADIO", nullable = false)
    boolean premisesRadio;
    @Enumerated(EnumType.STRING)
    @Column(name = "PREMISES_LOCATION")
    PremisesLocation premisesLocation;
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
    void record(boolean post, Long head, Long senior, String address, boolean phone, boolean radio,
            PremisesLocation location, String by, Instant at) {
        headPost = post;
        headOfficerId = head;
        seniorOfficerId = senior;
        premisesAddress = address;
        premisesPhone = phone;
        premisesRadio = radio;
        premisesLocation = location;
        updatedBy = by;
        updatedAt = at;
    }
}
