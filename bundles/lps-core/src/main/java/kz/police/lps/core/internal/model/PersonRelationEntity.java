package kz.police.lps.core.internal.model;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import kz.police.lps.core.api.person.RelationKind;

@Entity
@Table(name = "LPS_PERSON_RELATION")
public class PersonRelationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lpsCoreSeq")
    @Column(name = "ID")
    private Long id;

    @Column(name = "PERSON_ID", nullable = false)
    private Long personId;

    @Column(name = "RELATED_PERSON_ID", nullable = false)
    private Long relatedPersonId;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false)
    private RelationKind kind;

    @Column(name = "SINCE")
    private LocalDate since;

    @Column(name = "UNTIL")
    private LocalDate until;

    public Long getId() { return id; }
    public Long getPersonId() { return personId; }
    public void setPersonId(Long personId) { this.personId = personId; }
    public Long getRelatedPersonId() { return relatedPersonId; }
    public void setRelatedPersonId(Long relatedPersonId) { this.relatedPersonId = relatedPersonId; }
    public RelationKind getKind() { return kind; }
    public void setKind(RelationKind kind) { this.kind = kind; }
    public LocalDate getSince() { return since; }
    public void setSince(LocalDate since) { this.since = since; }
    public LocalDate getUntil() { return until; }
    public void setUntil(LocalDate until) { this.until = until; }
}
