package kz.police.lps.unit.juvenile.internal.inbound;

import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A monthly list of the penal system's probation service: minors on non-custodial sentences registered with or removed from probation (BR-J38, N-J28, L1490-1495), reconciled against the register of minors when received. */
@Entity
@Table(name = "JUVENILE_PROBATION_LIST")
public class ProbationListEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "juvenileSeq")
    @Column(name = "ID")
    private Long id;
    @Column(name = "LIST_MONTH", nullable = false)
    private String listMonth;
    @Column(name = "SENDER", nullable = false)
    private String sender;
    @Column(name = "RECEIVED_ON", nullable = false)
    private LocalDate receivedOn;
    @Column(name = "ITEM_COUNT", nullable = false)
    private int itemCount;
    @Column(name = "DISCREPANCIES", nullable = false)
    private int discrepancies;
    @Column(name = "DEPARTMENT_ID", nullable = false)
    private Long departmentId;
    @Column(name = "DEPARTMENT_PATH", nullable = false)
    private String departmentPath;
    @Column(name = "CREATED_BY", nullable = false)
    private String createdBy;
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;
    @Version
    @Column(name = "VERSION")
    private Long version;

    public Long getId() { return id; }
    public String getListMonth() { return listMonth; }
    public void setListMonth(String v) { listMonth = v; }
    public String getSender() { return sender; }
    public void setSender(String v) { sender = v; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate v) { receivedOn = v; }
    public int getItemCount() { return itemCount; }
    public void setItemCount(int v) { itemCount = v; }
    public int getDiscrepancies() { return discrepancies; }
    public void setDiscrepancies(int v) { discrepancies = v; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long v) { departmentId = v; }
    public String getDepartmentPath() { return departmentPath; }
    public void setDepartmentPath(String v) { departmentPath = v; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String v) { createdBy = v; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant v) { createdAt = v; }
    public Long getVersion() { return version; }
}
