package kz.police.lps.unit.juvenile.internal.inbound;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A line of a monthly probation list and how it compares with the register of minors. */
@Entity
@Table(name = "JUVENILE_PROBATION_ITEM")
public class ProbationItemEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "juvenileSeq")
    @Column(name = "ID")
    private Long id;
    @Column(name = "LIST_ID", nullable = false)
    private Long listId;
    @Column(name = "LINE_NO", nullable = false)
    private int lineNo;
    @Column(name = "IIN", nullable = false)
    private String iin;
    @Column(name = "FULL_NAME")
    private String fullName;
    @Enumerated(EnumType.STRING)
    @Column(name = "LIST_KIND", nullable = false)
    private ProbationListKind listKind;
    @Column(name = "PERSON_ID")
    private Long personId;
    @Column(name = "REGISTRATION_ID")
    private Long registrationId;
    @Enumerated(EnumType.STRING)
    @Column(name = "RESULT", nullable = false)
    private Reconciliation result;
    @Version
    @Column(name = "VERSION")
    private Long version;

    public Long getId() { return id; }
    public Long getListId() { return listId; }
    public void setListId(Long v) { listId = v; }
    public int getLineNo() { return lineNo; }
    public void setLineNo(int v) { lineNo = v; }
    public String getIin() { return iin; }
    public void setIin(String v) { iin = v; }
    public String getFullName() { return fullName; }
    public void setFullName(String v) { fullName = v; }
    public ProbationListKind getListKind() { return listKind; }
    public void setListKind(ProbationListKind v) { listKind = v; }
    public Long getPersonId() { return personId; }
    public void setPersonId(Long v) { personId = v; }
    public Long getRegistrationId() { return registrationId; }
    public void setRegistrationId(Long v) { registrationId = v; }
    public Reconciliation getResult() { return result; }
    public void setResult(Reconciliation v) { result = v; }
    public Long getVersion() { return version; }
}
