package kz.police.lps.core.internal.model;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

@Entity
@Table(name = "LPS_TERRITORY")
public class TerritoryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lpsCoreSeq")
    @Column(name = "ID")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "PRECINCT_ID", nullable = false)
    private OrgUnitEntity precinct;

    @Column(name = "SETTLEMENT", nullable = false)
    private String settlement;

    @Column(name = "SETTLEMENT_KEY", nullable = false)
    private String settlementKey;

    @Column(name = "STREET")
    private String street;

    @Column(name = "STREET_KEY")
    private String streetKey;

    @Column(name = "HOUSE_FROM")
    private Integer houseFrom;

    @Column(name = "HOUSE_TO")
    private Integer houseTo;

    @Column(name = "POSITION", nullable = false)
    private int position;

    public Long getId() { return id; }
    public OrgUnitEntity getPrecinct() { return precinct; }
    public void setPrecinct(OrgUnitEntity precinct) { this.precinct = precinct; }
    public String getSettlement() { return settlement; }
    public void setSettlement(String settlement) { this.settlement = settlement; }
    public String getSettlementKey() { return settlementKey; }
    public void setSettlementKey(String settlementKey) { this.settlementKey = settlementKey; }
    public String getStreet() { return street; }
    public void setStreet(String street) { this.street = street; }
    public String getStreetKey() { return streetKey; }
    public void setStreetKey(String streetKey) { this.streetKey = streetKey; }
    public Integer getHouseFrom() { return houseFrom; }
    public void setHouseFrom(Integer houseFrom) { this.houseFrom = houseFrom; }
    public Integer getHouseTo() { return houseTo; }
    public void setHouseTo(Integer houseTo) { this.houseTo = houseTo; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
}
