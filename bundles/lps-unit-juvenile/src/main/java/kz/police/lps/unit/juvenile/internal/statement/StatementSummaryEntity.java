package kz.police.lps.unit.juvenile.internal.statement;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity
@Table(name = "JUVENILE_STATEMENT_SUMMARY")
public class StatementSummaryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "juvenileSeq")
    @Column(name = "ID")
    private Long id;
    @Column(name = "DEPARTMENT_ID", nullable = false)
    private long departmentId;
    @Column(name = "DEPARTMENT_PATH", nullable = false)
    private String departmentPath;
    @Column(name = "PERIOD_CODE", nullable = false)
    private String period;
    @Column(name = "STATEMENT_COUNT", nullable = false)
    private int statementCount;
    @Column(name = "STATEMENT_IDS")
    private String statementIds;
    @Column(name = "FIGURES")
    private String figures;
    @Column(name = "NOTE")
    private String note;
    @Column(name = "CREATED_BY", nullable = false)
    private String createdBy;
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;
    @Version
    @Column(name = "VERSION")
    private Long version;

    public Long getId() { return id; }
    public long getDepartmentId() { return departmentId; }
    public void setDepartmentId(long v) { departmentId = v; }
    public String getDepartmentPath() { return departmentPath; }
    public void setDepartmentPath(String v) { departmentPath = v; }
    public String getPeriod() { return period; }
    public void setPeriod(String v) { period = v; }
    public int getStatementCount() { return statementCount; }
    public void setStatementCount(int v) { statementCount = v; }
    public String getStatementIds() { return statementIds; }
    public void setStatementIds(String v) { statementIds = v; }
    public String getFigures() { return figures; }
    public void setFigures(String v) { figures = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String v) { createdBy = v; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant v) { createdAt = v; }
    public Long getVersion() { return version; }
}
