package kz.police.lps.unit.juvenile.internal.schoolwork;

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

/**
 * One academic quarter of an academic year with the vacation after it (configurable data).
 */
@Entity
@Table(name = "JUVENILE_ACADEMIC_QUARTER")
public class AcademicQuarterEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "juvenileSeq")
    @Column(name = "ID")
    private Long id;
    @Column(name = "START_YEAR")
    private int startYear;
    @Column(name = "QUARTER_NO")
    private int quarterNo;
    @Column(name = "STARTS_ON")
    private LocalDate startsOn;
    @Column(name = "ENDS_ON")
    private LocalDate endsOn;
    @Column(name = "VACATION_FROM")
    private LocalDate vacationFrom;
    @Column(name = "VACATION_TO")
    private LocalDate vacationTo;
    @Column(name = "SOURCE")
    private String source;
    @Column(name = "UPDATED_BY")
    private String updatedBy;
    @Column(name = "UPDATED_AT")
    private Instant updatedAt;
    @Version
    @Column(name = "VERSION")
    private Long version;

    public Long getId() { return id; }
    public Long getVersion() { return version; }
    public int getStartYear() { return startYear; }
    public void setStartYear(int v) { startYear = v; }
    public int getQuarterNo() { return quarterNo; }
    public void setQuarterNo(int v) { quarterNo = v; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate v) { startsOn = v; }
    public LocalDate getEndsOn() { return endsOn; }
    public void setEndsOn(LocalDate v) { endsOn = v; }
    public LocalDate getVacationFrom() { return vacationFrom; }
    public void setVacationFrom(LocalDate v) { vacationFrom = v; }
    public LocalDate getVacationTo() { return vacationTo; }
    public void setVacationTo(LocalDate v) { vacationTo = v; }
    public String getSource() { return source; }
    public void setSource(String v) { source = v; }
    public String getUpdatedBy() { return updatedBy; }
    public void setUpdatedBy(String v) { updatedBy = v; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant v) { updatedAt = v; }
}
