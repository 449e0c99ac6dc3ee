package kz.police.lps.core.internal.calendar;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

/** One loaded year: the JSON of its {@code CalendarYear}, where it came from, who loaded it. */
@Entity
@Table(name = "LPS_CALENDAR_YEAR")
public class CalendarYearEntity {

    @Id
    @Column(name = "CAL_YEAR")
    private int year;

    @Lob
    @Column(name = "DATA", nullable = false)
    private String data;

    @Column(name = "SOURCE", nullable = false)
    private String source;

    @Column(name = "LOADED_BY", nullable = false)
    private String loadedBy;

    @Column(name = "LOADED_AT", nullable = false)
    private Instant loadedAt;

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public String getData() { return data; }
    public void setData(String data) { this.data = data; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getLoadedBy() { return loadedBy; }
    public void setLoadedBy(String loadedBy) { this.loadedBy = loadedBy; }
    public Instant getLoadedAt() { return loadedAt; }
    public void setLoadedAt(Instant loadedAt) { this.loadedAt = loadedAt; }
}
