package kz.police.lps.unit.juvenile.internal.placement;

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

/** One of the three copies of a lost-child act, with its fixed destination (N-J19, L1319-1334). */
@Entity
@Table(name = "JUVENILE_LOST_CHILD_COPY")
public class LostChildCopyEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "juvenileSeq")
    @Column(name = "ID")
    private Long id;
    @Column(name = "ACT_ID", nullable = false)
    private long actId;
    @Column(name = "COPY_NO", nullable = false)
    private int copyNo;
    @Enumerated(EnumType.STRING)
    @Column(name = "DESTINATION", nullable = false)
    private CopyDestination destination;
    @Column(name = "RECIPIENT")
    private String recipient;
    @Column(name = "SENT_ON")
    private LocalDate sentOn;
    @Column(name = "REGISTERED_ON")
    private LocalDate registeredOn;
    @Column(name = "REGISTRATION_REF")
    private String registrationRef;
    @Column(name = "NOTE")
    private String note;
    @Version
    @Column(name = "VERSION")
    private Long version;

    public Long getId() { return id; }
    public long getActId() { return actId; }
    public void setActId(long v) { actId = v; }
    public int getCopyNo() { return copyNo; }
    public void setCopyNo(int v) { copyNo = v; }
    public CopyDestination getDestination() { return destination; }
    public void setDestination(CopyDestination v) { destination = v; }
    public String getRecipient() { return recipient; }
    public void setRecipient(String v) { recipient = v; }
    public LocalDate getSentOn() { return sentOn; }
    public void setSentOn(LocalDate v) { sentOn = v; }
    public LocalDate getRegisteredOn() { return registeredOn; }
    public void setRegisteredOn(LocalDate v) { registeredOn = v; }
    public String getRegistrationRef() { return registrationRef; }
    public void setRegistrationRef(String v) { registrationRef = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
    public Long getVersion() { return version; }
}
