package kz.police.lps.core.internal.model;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

import kz.police.lps.core.api.org.AbsenceKind;

@Entity
@Table(name = "LPS_OFFICER_ABSENCE")
public class AbsenceEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lpsCoreSeq")
    @Column(name = "ID")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "OFFICER_ID", nullable = false)
    private OfficerEntity officer;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false)
    private AbsenceKind kind;

    @Column(name = "DATE_FROM", nullable = false)
    private LocalDate dateFrom;

    @Column(name = "DATE_TO", nullable = false)
    private LocalDate dateTo;

    @Column(name = "NOTE")
    private String note;

    @Column(name = "COVER_OFFICER_ID")
    private Long coverOfficerId;

    public Long getId() { return id; }
    public OfficerEntity getOfficer() { return officer; }
    public void setOfficer(OfficerEntity officer) { this.officer = officer; }
    public AbsenceKind getKind() { return kind; }
    public void setKind(AbsenceKind kind) { this.kind = kind; }
    public LocalDate getDateFrom() { return dateFrom; }
    public void setDateFrom(LocalDate dateFrom) { this.dateFrom = dateFrom; }
    public LocalDate getDateTo() { return dateTo; }
    public void setDateTo(LocalDate dateTo) { this.dateTo = dateTo; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }

    public Long getCoverOfficerId() {
        return coverOfficerId;
    }

    public void setCoverOfficerId(Long coverOfficerId) {
        this.coverOfficerId = coverOfficerId;
    }
}
