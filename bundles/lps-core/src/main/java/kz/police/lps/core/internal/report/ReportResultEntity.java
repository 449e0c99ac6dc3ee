package kz.police.lps.core.internal.report;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

/** The result table of a done run, as JSON ({@link ReportTableCodec}). */
@Entity
@Table(name = "LPS_REPORT_RESULT")
public class ReportResultEntity {

    @Id
    @Column(name = "RUN_ID")
    private String runId;

    @Lob
    @Column(name = "RESULT", nullable = false)
    private String result;

    public String getRunId() { return runId; }
    public void setRunId(String runId) { this.runId = runId; }
    public String getResult() { return result; }
    public void setResult(String result) { this.result = result; }
}
