package kz.police.lps.core.internal.norm;

import java.math.BigDecimal;
import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity
@Table(name = "LPS_NORM_OVERRIDE")
public class NormOverrideEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lpsCoreSeq")
    @Column(name = "ID")
    private Long id;

    @Column(name = "NORM_KEY", nullable = false)
    private String normKey;

    @Column(name = "REGION_ID", nullable = false)
    private long regionId;

    @Column(name = "NORM_VALUE", nullable = false)
    private BigDecimal value;

    @Column(name = "REASON")
    private String reason;

    @Column(name = "SET_BY", nullable = false)
    private String setBy;

    @Column(name = "SET_AT", nullable = false)
    private Instant setAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    public Long getId() { return id; }
    public String getNormKey() { return normKey; }
    public void setNormKey(String normKey) { this.normKey = normKey; }
    public long getRegionId() { return regionId; }
    public void setRegionId(long regionId) { this.regionId = regionId; }
    public BigDecimal getValue() { return value; }
    public void setValue(BigDecimal value) { this.value = value; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getSetBy() { return setBy; }
    public void setSetBy(String setBy) { this.setBy = setBy; }
    public Instant getSetAt() { return setAt; }
    public void setSetAt(Instant setAt) { this.setAt = setAt; }
}
